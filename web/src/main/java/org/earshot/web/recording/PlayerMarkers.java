package org.earshot.web.recording;

import java.util.List;
import java.util.UUID;
import org.earshot.recording.RecordingMarkerView;
import org.earshot.recording.RecordingQueries;
import org.earshot.web.faces.ServiceCall;

/** The markers a page's recording player shows over the waveform, loaded the same way on every page with a player. */
public final class PlayerMarkers {

    private PlayerMarkers() {
    }

    /** The recording's markers; none when the service refuses them (its reason is in the growl). */
    public static List<RecordingMarkerView> of(RecordingQueries recordings, UUID recordingId) {
        return ServiceCall.query(null, () -> recordings.markers(recordingId)).orElse(List.of());
    }
}
