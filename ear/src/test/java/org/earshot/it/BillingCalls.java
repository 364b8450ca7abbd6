package org.earshot.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.earshot.calls.CallFilter;
import org.earshot.calls.CallRecord;
import org.earshot.calls.CallRecordService;
import org.earshot.calls.CallState;
import org.earshot.query.PageRequest;
import org.earshot.telephony.api.CallControl;
import org.earshot.telephony.api.CallControlFactory;

/** The tests' calls to Billing agents as sup.billing, who sees them all, finds them; and Earshot hanging them up. */
final class BillingCalls {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private BillingCalls() {
    }

    /** The latest call since then to the number dialed (any number if null). */
    static Optional<CallRecord> latest(CallRecordService records, Instant since, String dialed) {
        return As.user("sup.billing", () -> records.findCalls(new CallFilter(since, null, null, null, dialed),
                PageRequest.firstPage(1))).items().stream().findFirst();
    }

    /** The id of the latest call since then to the number dialed, once an agent answered it. */
    static String answeredSince(CallRecordService records, Instant since, String dialed) throws Exception {
        return Eventually.answer(() -> latest(records, since, dialed).orElse(null),
                r -> r != null && r.getState() == CallState.ANSWERED, PATIENCE).getCallId();
    }

    /** Earshot hangs up the latest call since then, so that no call of a test outlives it. */
    static void hangUpLatest(CallRecordService records, CallControlFactory telephony, Instant since) throws Exception {
        Optional<CallRecord> latest = latest(records, since, null);
        if (latest.isPresent()) {
            try (CallControl control = telephony.getConnection()) {
                control.hangUp(latest.get().getCallId());
            }
        }
    }
}
