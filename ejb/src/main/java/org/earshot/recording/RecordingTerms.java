package org.earshot.recording;

import org.earshot.telephony.api.RecordingOptions;

/** What a call's recording keeps to from its policy: what the core is told, and how long the recording is kept. */
record RecordingTerms(RecordingOptions options, int retentionDays) {

    static RecordingTerms of(RecordingPolicy policy) {
        return new RecordingTerms(policy.options(), policy.getRetentionDays());
    }
}
