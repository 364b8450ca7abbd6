package org.earshot.it;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.earshot.recording.RecordingFilter;
import org.earshot.recording.RecordingPolicyService;
import org.earshot.recording.RecordingPolicySettings;
import org.earshot.recording.RecordingQueries;
import org.earshot.recording.RecordingStatus;
import org.earshot.recording.RecordingView;

/** Calls made while the organization's default recording policy is set for them, and the recordings they leave. */
final class DefaultRecordingPolicy {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** Calls to make. */
    interface Calls {
        void make() throws Exception;
    }

    private DefaultRecordingPolicy() {
    }

    /** Makes the calls with the default set so (by admin), then sets it back as it was; the moment the calls began. */
    static Instant during(RecordingPolicyService policies, RecordingPolicySettings settings, Calls calls) throws Exception {
        RecordingPolicySettings before = As.user("admin", () -> policies.policyOf(null)).settings();
        As.user("admin", () -> policies.change(null, settings));
        Instant since = Instant.now();
        try {
            calls.make();
        } finally {
            As.user("admin", () -> policies.change(null, before));
        }
        return since;
    }

    /** The recordings started since then, newest first, as sup.billing finds them, once there are so many and all are finished. */
    static List<RecordingView> finishedSince(RecordingQueries recordings, Instant since, int count) throws Exception {
        return Eventually.answer(() -> As.user("sup.billing",
                        () -> recordings.search(new RecordingFilter(since, null, null, null, null, null, null, null, null, null, null, null),
                                0, count)),
                found -> found.size() == count && found.stream().allMatch(r -> r.status() != RecordingStatus.RECORDING), PATIENCE);
    }
}
