package org.earshot.recording;

/** Recording is refused: the key-encryption keyset is not there or cannot be read (the message says which). */
public class RecordingUnavailableException extends RuntimeException {

    public RecordingUnavailableException(String reason) {
        super(reason);
    }
}
