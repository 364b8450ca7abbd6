package org.earshot.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8BodyTest {

    @Test
    void wellFormedUtf8PassesWhateverItsScript() {
        assertThatNoException().isThrownBy(
                () -> StrictUtf8Body.requireUtf8("{\"name\":\"São Paulo – 東京 🎧\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aLatin1ByteIsRefusedWithItsPosition() {
        byte[] latin1 = "{\"name\":\"São\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> StrictUtf8Body.requireUtf8(latin1)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("The request body is not valid UTF-8: byte 11 of the body is not part of a UTF-8 character");
    }

    @Test
    void aSequenceCutOffAtTheEndIsRefused() {
        byte[] cut = {'"', (byte) 0xE2, (byte) 0x82};

        assertThatThrownBy(() -> StrictUtf8Body.requireUtf8(cut)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void anEncodedSurrogateIsRefused() {
        byte[] surrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};

        assertThatThrownBy(() -> StrictUtf8Body.requireUtf8(surrogate)).isInstanceOf(InvalidRequestException.class);
        assertThat(new String(surrogate, StandardCharsets.UTF_8)).contains("\uFFFD"); // what a lenient decoder would store
    }
}
