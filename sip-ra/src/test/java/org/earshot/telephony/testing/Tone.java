package org.earshot.telephony.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.earshot.telephony.media.G711;

/**
 * A sine tone as raw G.711 µ-law, the format sipp's rtp_stream plays (160 bytes per 20 ms packet).
 * One second of a whole-hertz tone loops without a click. Each tone is written once, under the
 * module's target directory, and shared by every test that plays it.
 */
public final class Tone {

    private Tone() {
    }

    public static Path pcmu(int hertz) throws IOException {
        Path file = TestFiles.root().resolve("tone-" + hertz + ".ul");
        if (!Files.exists(file)) {
            // written aside and moved in whole: a sipp of an earlier test may still be playing the file
            Path written = TestFiles.newFile("tone-" + hertz + "-", ".part");
            Files.write(written, samples(hertz));
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static byte[] samples(int hertz) {
        byte[] ulaw = new byte[8000];
        for (int i = 0; i < ulaw.length; i++) {
            double sample = 0.5 * Math.sin(2 * Math.PI * hertz * i / 8000.0);
            ulaw[i] = G711.PCMU.encode((int) Math.round(sample * 32767));
        }
        return ulaw;
    }
}
