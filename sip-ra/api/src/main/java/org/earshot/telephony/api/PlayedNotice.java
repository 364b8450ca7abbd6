package org.earshot.telephony.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * A notice the telephony core played through to a party, as a {@link CallEvent.Type#NOTICE_PLAYED} event's
 * detail says it: which notice and to whom ({@code "BARGE_TONE to caller and agent"}). Compliance counts
 * them, and the calls that should have had one and did not.
 */
public enum PlayedNotice {
    /** The queue's announcement, played through to the caller before an agent was offered the call. */
    CALLER_ANNOUNCEMENT("caller"),
    /** The beep the agent hears when a supervisor starts monitoring, by the queue's policy. */
    AGENT_NOTICE_TONE("agent"),
    /** The queue's own prompt the agent hears instead of the beep. */
    AGENT_NOTICE_PROMPT("agent"),
    /** The tone both parties hear when a supervisor's voice joins their conversation. */
    BARGE_TONE("caller and agent");

    private final String heardBy;

    PlayedNotice(String heardBy) {
        this.heardBy = heardBy;
    }

    /** Who heard it: the caller, the agent, or both. */
    public String heardBy() {
        return heardBy;
    }

    /** The event's detail: the notice, then to whom. */
    public String detail() {
        return name() + " to " + heardBy;
    }

    /** The notice an event's detail names, if it names one. */
    public static Optional<PlayedNotice> of(String detail) {
        String first = detail == null ? "" : detail.split(" ", 2)[0];
        return Arrays.stream(values()).filter(notice -> notice.name().equals(first)).findFirst();
    }
}
