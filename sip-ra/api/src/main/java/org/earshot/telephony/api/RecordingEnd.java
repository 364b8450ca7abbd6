package org.earshot.telephony.api;

/**
 * How a recording ended: complete when the call ended (or the core stopped), incomplete with the
 * reason when it stopped early (a block could not be written).
 */
public record RecordingEnd(boolean complete, String reason) {

    public static final RecordingEnd CALL_ENDED = new RecordingEnd(true, "call ended");

    public static RecordingEnd failed(String reason) {
        return new RecordingEnd(false, reason);
    }
}
