package org.earshot.web.evaluation;

import org.earshot.recording.RecordingStatus;

/**
 * Whether an evaluation's page can play its call, and what it says when it cannot: an evaluation started
 * while listening live has no recording to play until the call ends (a recording being written is not
 * played), and a call that was never recorded has none at all.
 */
public enum RecordingAvailability {
    PLAYABLE(null),
    UNDER_WAY_RECORDED("The call is under way and being recorded: its recording can be played here once the call ends."),
    UNDER_WAY("The call is under way: if it is recorded, its recording follows when the call ends."),
    FINISHING("The call has ended: its recording is being finished."),
    NONE("No recording of this call to play.");

    private final String notice;

    RecordingAvailability(String notice) {
        this.notice = notice;
    }

    /**
     * @param callUnderWay whether the call has not ended yet
     * @param recording the status of the call's recording, null when it has none (yet)
     */
    public static RecordingAvailability of(boolean callUnderWay, RecordingStatus recording) {
        if (recording == null) {
            return callUnderWay ? UNDER_WAY : NONE;
        }
        if (recording == RecordingStatus.RECORDING) {
            return callUnderWay ? UNDER_WAY_RECORDED : FINISHING;
        }
        return PLAYABLE;
    }

    /** The page waits for the recording: it asks again every few seconds. */
    public boolean isAwaited() {
        return this != PLAYABLE && this != NONE;
    }

    /** What the page says instead of the player; null when it plays. */
    public String notice() {
        return notice;
    }
}
