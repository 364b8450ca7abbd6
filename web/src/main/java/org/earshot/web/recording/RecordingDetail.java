package org.earshot.web.recording;

import java.util.List;
import org.earshot.recording.RecordingMarkerView;
import org.earshot.recording.RecordingView;

/** One recording with the markers on its timeline, in order. */
public record RecordingDetail(RecordingView recording, List<RecordingMarkerView> markers) {
}
