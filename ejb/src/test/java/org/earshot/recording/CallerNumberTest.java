package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A caller's number is found however a person types it: as the SIP From user part the call records keep. */
class CallerNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+351912345678", "+351 912 345 678", "+351-912-345-678", " +351 (912) 345.678 ",
            "sip:+351912345678@carrier.example", "tel:+351912345678", "sips:+351912345678@carrier;user=phone"})
    void separatorsAndSipAddressesAreNotPartOfTheNumber(String typed) {
        assertThat(CallerNumber.parse(typed).value()).isEqualTo("+351912345678");
    }

    @Test
    void anExtensionIsANumberToo() {
        assertThat(CallerNumber.parse("1001").value()).isEqualTo("1001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", " - ", "sip:@host"})
    void nothingOfANumberIsRefusedOnTheCallerField(String typed) {
        assertThatThrownBy(() -> CallerNumber.parse(typed)).isInstanceOfSatisfying(GovernanceException.class,
                e -> assertThat(e.getField()).isEqualTo("caller"));
    }

    @Test
    void anAbsentNumberIsRefused() {
        assertThatThrownBy(() -> CallerNumber.parse(null)).isInstanceOf(GovernanceException.class);
    }

    @Test
    void aNumberLongerThanCallRecordsKeepIsRefused() {
        assertThatThrownBy(() -> CallerNumber.parse("1".repeat(129))).hasMessageContaining("at most 128");
    }
}
