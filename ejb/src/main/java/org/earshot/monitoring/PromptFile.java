package org.earshot.monitoring;

import java.io.IOException;
import java.time.Duration;
import org.earshot.organization.OrganizationException;
import org.earshot.telephony.api.PromptAudio;

/**
 * An uploaded prompt file, checked the way the telephony core will read it (it plays the same
 * bytes): a RIFF/WAVE file, 8000 Hz mono, 16-bit PCM or G.711 µ-law or A-law, with some audio and at
 * most a minute of it. A file that fails is refused with a message for the upload field; nothing is kept.
 */
public final class PromptFile {

    public static final Duration LONGEST = Duration.ofSeconds(60);
    /** A minute of 16-bit audio and its headers; anything larger cannot pass, so it is not read at all. */
    static final int LARGEST_BYTES = 1_000_000;
    private static final String FIELD = "file";

    private PromptFile() {
    }

    /** The length of the audio in the file, or a refusal saying what is wrong with it. */
    public static Duration check(String fileName, byte[] wav) {
        if (wav == null || wav.length == 0) {
            throw new OrganizationException(FIELD, "Choose a WAV file to upload");
        }
        if (wav.length > LARGEST_BYTES) {
            throw new OrganizationException(FIELD, fileName + " is larger than a minute of 8 kHz audio");
        }
        Duration length;
        try {
            length = PromptAudio.read(fileName, wav).length();
        } catch (IOException | IllegalArgumentException e) {
            throw new OrganizationException(FIELD, e.getMessage());
        }
        if (length.compareTo(LONGEST) > 0) {
            throw new OrganizationException(FIELD, fileName + " lasts " + length.toSeconds() + " s; a prompt may last at most "
                    + LONGEST.toSeconds() + " s");
        }
        return length;
    }
}
