package org.earshot.recording;

import java.util.UUID;

/** How asking the telephony core to record a call went: the recording's id, or why there is none. */
record RecordingStart(UUID recordingId, String refusal) {

    static RecordingStart started(UUID id) {
        return new RecordingStart(id, null);
    }

    static RecordingStart refused(String why) {
        return new RecordingStart(null, why);
    }

    boolean isStarted() {
        return recordingId != null;
    }
}
