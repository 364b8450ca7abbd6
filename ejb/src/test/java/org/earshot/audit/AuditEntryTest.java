package org.earshot.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.earshot.testing.Fields;
import org.junit.jupiter.api.Test;

/** What an entry keeps of an event: any capability's action, target and details. */
class AuditEntryTest {

    private static final Instant AT = Instant.parse("2025-06-02T09:00:00Z");

    @Test
    void actionIsStoredWithItsCapability() {
        AuditEntry entry = new AuditEntry(AT, "qa", null, AuditEvent.of(TestActions.Recording.RECORDING_EXPORT, "Recording", "r-1", null));

        assertThat(entry.getAction()).isEqualTo("recording.RECORDING_EXPORT");
        assertThat(entry.is(TestActions.Recording.RECORDING_EXPORT)).isTrue();
        assertThat(entry.getTargetType()).isEqualTo("Recording");
        assertThat(entry.getTargetId()).isEqualTo("r-1");
    }

    @Test
    void sameNameOfAnotherCapabilityIsAnotherAction() {
        AuditEntry entry = new AuditEntry(AT, "qa", null, AuditEvent.of(TestActions.Recording.ORG_UPDATE, null, null, null));

        assertThat(entry.is(TestActions.Recording.ORG_UPDATE)).isTrue();
        assertThat(entry.is(TestActions.Organization.ORG_UPDATE)).isFalse();
    }

    @Test
    void entryWrittenBeforeActionsHadCapabilitiesIsRecognisedByName() {
        AuditEntry old = new AuditEntry(AT, "sup.billing", null, AuditEvent.of(TestActions.Monitoring.MONITOR_END, "Call", "c-1", null));
        Fields.set(old, "action", "MONITOR_END");

        assertThat(old.is(TestActions.Monitoring.MONITOR_END)).isTrue();
        assertThat(old.is(TestActions.Monitoring.MONITOR_START)).isFalse();
    }

    @Test
    void monitoringDetailsAreKeptInTheirOwnColumnsAndTheRestAsJson() {
        AuditEvent event = AuditEvent.of(TestActions.Monitoring.MONITOR_START, "Call", "c-7", "started")
                .with(AuditDetails.CALL, "c-7").with(AuditDetails.AGENT, "ann").with(AuditDetails.MODE, "LISTEN")
                .with("channel", "feature code");

        AuditEntry entry = new AuditEntry(AT, "sup.billing", null, event);

        assertThat(entry.getCallId()).isEqualTo("c-7");
        assertThat(entry.getAgent()).isEqualTo("ann");
        assertThat(entry.getMode()).isEqualTo("LISTEN");
        assertThat(entry.getQueue()).isNull();
        assertThat(entry.getOtherDetails()).containsExactly(Map.entry("channel", "feature code"));
        assertThat(entry.getDetails()).containsOnly(Map.entry("call", "c-7"), Map.entry("agent", "ann"),
                Map.entry("mode", "LISTEN"), Map.entry("channel", "feature code"));
    }

    @Test
    void entryWithoutDetailsHasNone() {
        AuditEntry entry = new AuditEntry(AT, "admin", null, AuditEvent.of(TestActions.Organization.ORG_UPDATE, "Team", 1, null));

        assertThat(entry.getDetails()).isEmpty();
        assertThat((String) Fields.get(entry, "details")).isNull();
    }

    @Test
    void detailsTooLongForTheirColumnAreRefusedRatherThanCut() {
        AuditEvent event = AuditEvent.of(TestActions.Organization.ORG_UPDATE, "Team", 1, null).with("note", "x".repeat(2000));

        assertThatThrownBy(() -> new AuditEntry(AT, "admin", null, event))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2000");
    }

    @Test
    void entryIsPendingUntilLinked() {
        AuditEntry entry = Fields.withId(new AuditEntry(AT, "admin", null, AuditEvent.of(TestActions.Organization.ORG_UPDATE, "Team", 1, null)), 41);

        assertThat(entry.getSeq()).isNull();
        AuditLink link = new AuditLink(12, entry, AuditChain.GENESIS);
        entry.chainedAs(link);
        assertThat(entry.getSeq()).isEqualTo(12L);
        assertThat(entry.getEntryHash()).isEqualTo(link.getEntryHash());
        assertThat(link.getEntryId()).isEqualTo(41L);
    }
}
