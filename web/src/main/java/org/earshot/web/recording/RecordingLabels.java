package org.earshot.web.recording;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Locale;
import org.earshot.recording.RecordingMarkerView;
import org.earshot.recording.RecordingStatus;
import org.earshot.recording.RecordingView;
import org.earshot.recording.SpeechSignals;
import org.earshot.web.faces.Formats;

/** How the recordings list and the recording page write a recording's length and status. */
@Named
@ApplicationScoped
public class RecordingLabels {

    @Inject
    private Formats formats;

    public String length(RecordingView recording) {
        return formats.duration(Duration.ofMillis(recording.durationMillis()));
    }

    /** "complete", "recording" or "incomplete: why". */
    public String status(RecordingView recording) {
        String status = formats.words(recording.status());
        return recording.status() == RecordingStatus.INCOMPLETE && recording.incompleteReason() != null
                ? status + ": " + recording.incompleteReason() : status;
    }

    /** The servlet path of one of the recording's tracks ("call" or "supervisor"), for the player. */
    public String audioPath(RecordingView recording, String track) {
        return "/app/recordings/audio/" + recording.id() + "?track=" + track;
    }

    /** Where a marker is on the timeline. */
    public Duration offset(RecordingMarkerView marker) {
        return Duration.ofMillis(marker.offsetMillis());
    }

    /** A speech signal's time: "12.4 s" under a minute, "3:05" from a minute on. */
    public String talkTime(long millis) {
        return millis < 60_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0) : formats.duration(Duration.ofMillis(millis));
    }

    /** The caller's share of the time either party talked, in percent; 0 when nobody talked. */
    public long callerTalkPercent(SpeechSignals speech) {
        return speech.agentTalkPercent() == null ? 0 : 100 - speech.agentTalkPercent();
    }

    /** The agent's share, in percent; 0 when nobody talked. */
    public long agentTalkPercent(SpeechSignals speech) {
        return speech.agentTalkPercent() == null ? 0 : speech.agentTalkPercent();
    }

    /** The part of the answered call before recording began (an on-demand start), or empty when none. */
    public String notRecorded(RecordingView recording) {
        return recording.notRecordedMillis() <= 0 ? ""
                : "first " + formats.duration(Duration.ofMillis(recording.notRecordedMillis())) + " of the call not recorded";
    }

    /** The packets the recorder had to leave out (they came too late or too far ahead), or empty when none. */
    public String leftOut(RecordingView recording) {
        long packets = recording.packetsLeftOut();
        return packets <= 0 ? "" : packets + (packets == 1 ? " packet" : " packets")
                + " of the call arrived too late to be recorded (silence in their place)";
    }
}
