package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import org.earshot.organization.OrganizationException;
import org.earshot.telephony.api.RecordingOptions;
import org.junit.jupiter.api.Test;

/** A recording policy refuses settings out of range, decides which calls to record, and tells the core how. */
class RecordingPolicyTest {

    private static RecordingPolicySettings settings(RecordingMode mode, int sample, int retention, Integer autoResume) {
        return new RecordingPolicySettings(mode, sample, true, retention, true, autoResume);
    }

    private static RecordingPolicy policy(RecordingMode mode, int sample) {
        return new RecordingPolicy(null, settings(mode, sample, 90, 120));
    }

    @Test
    void allRecordsEveryCallAndOnDemandAndNeverNone() {
        assertThat(policy(RecordingMode.ALL, 1).recordsFromStart(() -> 99)).isTrue();
        assertThat(policy(RecordingMode.ON_DEMAND, 100).recordsFromStart(() -> 0)).isFalse();
        assertThat(policy(RecordingMode.NEVER, 100).recordsFromStart(() -> 0)).isFalse();
    }

    @Test
    void sampleRecordsTheDrawsBelowItsPercent() {
        RecordingPolicy half = policy(RecordingMode.SAMPLE, 50);

        assertThat(half.recordsFromStart(() -> 49)).isTrue();
        assertThat(half.recordsFromStart(() -> 50)).isFalse();
        assertThat(policy(RecordingMode.SAMPLE, 100).recordsFromStart(() -> 99)).isTrue();
    }

    @Test
    void onlyNeverRefusesRecordingOnDemand() {
        assertThat(policy(RecordingMode.ON_DEMAND, 100).allowsOnDemand()).isTrue();
        assertThat(policy(RecordingMode.SAMPLE, 10).allowsOnDemand()).isTrue();
        assertThat(policy(RecordingMode.NEVER, 100).allowsOnDemand()).isFalse();
    }

    @Test
    void valuesOutOfRangeAreRefusedNamingTheirFieldAndChangeNothing() {
        RecordingPolicy policy = policy(RecordingMode.ALL, 100);

        assertThatThrownBy(() -> policy.change(settings(RecordingMode.SAMPLE, 0, 90, 120)))
                .isInstanceOf(OrganizationException.class).extracting("field").isEqualTo("samplePercent");
        assertThatThrownBy(() -> policy.change(settings(RecordingMode.SAMPLE, 101, 90, 120)))
                .extracting("field").isEqualTo("samplePercent");
        assertThatThrownBy(() -> policy.change(settings(RecordingMode.ALL, 100, 0, 120)))
                .extracting("field").isEqualTo("retentionDays");
        assertThatThrownBy(() -> policy.change(settings(RecordingMode.ALL, 100, 3651, 120)))
                .extracting("field").isEqualTo("retentionDays");
        assertThatThrownBy(() -> policy.change(settings(RecordingMode.ALL, 100, 90, 9)))
                .extracting("field").isEqualTo("autoResumeSeconds");
        assertThatThrownBy(() -> policy.change(settings(RecordingMode.ALL, 100, 90, 3601)))
                .extracting("field").isEqualTo("autoResumeSeconds");
        assertThatThrownBy(() -> policy.change(settings(null, 100, 90, 120)))
                .extracting("field").isEqualTo("mode");

        assertThat(policy.settings()).isEqualTo(settings(RecordingMode.ALL, 100, 90, 120));
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        RecordingPolicy policy = policy(RecordingMode.ALL, 100);

        policy.change(settings(RecordingMode.SAMPLE, 1, 3650, 3600));
        policy.change(settings(RecordingMode.SAMPLE, 100, 1, 10));
        policy.change(settings(RecordingMode.SAMPLE, 100, 1, null));

        assertThat(policy.settings().autoResumeSeconds()).isNull();
    }

    @Test
    void optionsTellTheCoreWhatThePolicySays() {
        assertThat(policy(RecordingMode.ALL, 100).options()).isEqualTo(new RecordingOptions(true, true, Duration.ofSeconds(120)));
        assertThat(new RecordingPolicy(null, new RecordingPolicySettings(RecordingMode.ALL, 100, false, 30, false, null)).options())
                .isEqualTo(new RecordingOptions(false, false, null));
    }

    @Test
    void describedNamesEverySettingForTheAuditTrail() {
        assertThat(policy(RecordingMode.SAMPLE, 50).described()).containsExactly(
                entry("mode", "SAMPLE 50 %"), entry("supervisor audio", "kept"), entry("retention", "90 days"),
                entry("agents may pause", "yes"), entry("auto-resume", "120 s"));
    }
}
