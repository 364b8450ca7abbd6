package org.earshot.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.earshot.calls.CallRecord;

/**
 * A recording as governance lists show it (a hold's recordings, the purge's dry run, an erasure's
 * report): which call, whose, when, until when it is kept, and the holds that keep it. Agent and
 * caller are unknown when the call record is gone.
 */
public record GovernedRecording(UUID id, String callId, String agent, String caller, Instant startedAt, Instant endedAt,
                                long durationMillis, LocalDate purgeAfter, List<String> heldBy) {

    /** JPQL selecting a recording {@code r} and its call record {@code c}, which may be missing. */
    static final String WITH_CALL = "SELECT r, c FROM Recording r LEFT JOIN CallRecord c ON c.callId = r.callId";

    static GovernedRecording of(Recording r, CallRecord c, List<String> heldBy) {
        return new GovernedRecording(r.getId(), r.getCallId(), c == null || c.getAgent() == null ? null : c.getAgent().getUsername(),
                c == null ? null : c.getCaller(), r.getStartedAt(), r.getEndedAt(), r.durationMillis(), r.getPurgeAfter(), heldBy);
    }

    public boolean held() {
        return !heldBy.isEmpty();
    }
}
