package org.earshot.telephony.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.earshot.telephony.media.G711;

/**
 * A sine tone as raw G.711 µ-law, the format sipp's rtp_stream plays (160 bytes per 20 ms packet).
 * One second of a whole-hertz tone loops without a click.
 */
public final class Tone {

    private Tone() {
    }

    public static Path pcmu(int hertz) throws IOException {
        byte[] ulaw = new byte[8000];
        for (int i = 0; i < ulaw.length; i++) {
            double sample = 0.5 * Math.sin(2 * Math.PI * hertz * i / 8000.0);
            ulaw[i] = G711.PCMU.encode((int) Math.round(sample * 32767));
        }
        Path file = Files.createTempFile("tone-" + hertz + "-", ".ul");
        Files.write(file, ulaw);
        return file;
    }
}
