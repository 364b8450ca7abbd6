package org.earshot.telephony.api;

/**
 * How a recording ended: complete when the call ended (or the core stopped), incomplete with the
 * reason when it stopped early (a block could not be written); and how many packets the recorder left
 * out of it because they came too late for its timeline or too far ahead of it (the relay still
 * relayed them), so that audio missing from a recording is never missing silently.
 */
public record RecordingEnd(boolean complete, String reason, long packetsLeftOut) {

    public static final RecordingEnd CALL_ENDED = new RecordingEnd(true, "call ended", 0);

    private static final String COMPLETE = "complete";
    private static final String INCOMPLETE_PREFIX = "incomplete: ";
    private static final String LEFT_OUT_SEPARATOR = "; packets left out: ";

    public static RecordingEnd failed(String reason) {
        return new RecordingEnd(false, reason, 0);
    }

    /** The same end, with the packets the recorder left out. */
    public RecordingEnd leavingOut(long packets) {
        return new RecordingEnd(complete, reason, packets);
    }

    /**
     * The RECORDING_STOPPED event's detail: "complete", or "incomplete: " and why, then
     * "; packets left out: " and their count when there were any.
     */
    public String detail() {
        return (complete ? COMPLETE : INCOMPLETE_PREFIX + reason) + (packetsLeftOut == 0 ? "" : LEFT_OUT_SEPARATOR + packetsLeftOut);
    }

    /** The end a RECORDING_STOPPED event's {@link #detail()} tells of; a detail of another form is an incomplete end saying it. */
    public static RecordingEnd ofDetail(String detail) {
        if (detail == null) {
            return failed("stopped without a reason");
        }
        int separator = detail.lastIndexOf(LEFT_OUT_SEPARATOR);
        long leftOut = 0;
        String end = detail;
        if (separator >= 0) {
            try {
                leftOut = Long.parseLong(detail.substring(separator + LEFT_OUT_SEPARATOR.length()));
                end = detail.substring(0, separator);
            } catch (NumberFormatException notACount) {
                // part of the reason, then
            }
        }
        if (end.equals(COMPLETE)) {
            return new RecordingEnd(true, null, leftOut);
        }
        return new RecordingEnd(false, end.startsWith(INCOMPLETE_PREFIX) ? end.substring(INCOMPLETE_PREFIX.length()) : end, leftOut);
    }
}
