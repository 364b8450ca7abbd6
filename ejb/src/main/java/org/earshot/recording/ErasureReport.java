package org.earshot.recording;

import java.util.List;

/**
 * What an erasure request did with a caller's recordings: the ones erased, the ones kept because a
 * legal hold matches them (with the holds' names), and the ones still being recorded, which a
 * request made after the call ends erases.
 */
public record ErasureReport(String reference, String caller, List<GovernedRecording> erased, List<GovernedRecording> held,
                            List<GovernedRecording> stillRecording) {

    /** As the audit trail and the page say it. */
    public String summary() {
        return "caller " + caller + ": " + erased.size() + " recording(s) erased, " + held.size() + " kept on hold"
                + (stillRecording.isEmpty() ? "" : ", " + stillRecording.size() + " still being recorded");
    }
}
