package org.earshot.recording;

import java.util.UUID;

/** A call's recording as a list of calls shows it: which one, and whether it is still being recorded or finished whole. */
public record CallRecording(UUID id, RecordingStatus status) {
}
