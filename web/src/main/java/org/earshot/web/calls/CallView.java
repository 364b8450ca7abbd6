package org.earshot.web.calls;

import java.time.Instant;
import java.util.List;
import org.earshot.organization.CallQueue;
import org.earshot.organization.User;
import org.earshot.calls.CallRecord;
import org.earshot.calls.CallState;
import org.earshot.web.rest.NamedRef;
import org.earshot.web.rest.UserRef;

/**
 * A call record as the API shows it: parties, times, durations in seconds (so far, while the call
 * goes on), why it ended, the media Earshot carried and, for one call, its history of events.
 */
public record CallView(String callId, String caller, String dialed, NamedRef queue, String agentExtension, UserRef agent,
                       CallState state, Instant startedAt, Instant ringingAt, Instant answeredAt, Instant heldAt,
                       Instant endedAt, long ringSeconds, long talkSeconds, String disposition, Media media,
                       List<Change> changes) {

    /** RTP packets each way through Earshot, and those lost on the way in. */
    public record Media(long fromCaller, long toAgent, long fromAgent, long toCaller, long lost) {
    }

    /** One event of the call. */
    public record Change(String type, Instant at, String detail) {
    }

    /** A call in a list, without its history. */
    static CallView of(CallRecord call) {
        return of(call, null);
    }

    static CallView withHistory(CallRecord call) {
        return of(call, call.getChanges().stream().map(c -> new Change(c.getType(), c.getOccurredAt(), c.getDetail())).toList());
    }

    private static CallView of(CallRecord call, List<Change> changes) {
        Instant now = Instant.now();
        CallQueue queue = call.getQueue();
        User agent = call.getAgent();
        return new CallView(call.getCallId(), call.getCaller(), call.getDialed(),
                queue == null ? null : new NamedRef(queue.getId(), queue.getName()), call.getAgentExtension(),
                agent == null ? null : UserRef.of(agent), call.getState(), call.getStartedAt(), call.getRingingAt(),
                call.getAnsweredAt(), call.getHeldAt(), call.getEndedAt(), call.ringTime(now).toSeconds(),
                call.talkTime(now).toSeconds(), call.getDisposition(),
                new Media(call.getPacketsFromCaller(), call.getPacketsToAgent(), call.getPacketsFromAgent(),
                        call.getPacketsToCaller(), call.getPacketsLost()), changes);
    }
}
