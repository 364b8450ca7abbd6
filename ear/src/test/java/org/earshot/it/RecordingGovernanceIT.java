package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.earshot.access.AccessDeniedException;
import org.earshot.access.GrantService;
import org.earshot.calls.TelephonyRecorder;
import org.earshot.organization.CallQueue;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationService;
import org.earshot.recording.CompletenessCheck;
import org.earshot.recording.Erasure;
import org.earshot.recording.ErasureReport;
import org.earshot.recording.FindingKind;
import org.earshot.recording.FindingView;
import org.earshot.recording.GovernanceException;
import org.earshot.recording.GovernedRecording;
import org.earshot.recording.HoldScope;
import org.earshot.recording.KeyRotation;
import org.earshot.recording.LegalHoldService;
import org.earshot.recording.LegalHoldView;
import org.earshot.recording.PlaybackAudio;
import org.earshot.recording.PurgeReport;
import org.earshot.recording.RecordingDeletion;
import org.earshot.recording.RecordingFilter;
import org.earshot.recording.RecordingMode;
import org.earshot.recording.RecordingPlayback;
import org.earshot.recording.RecordingPolicyService;
import org.earshot.recording.RecordingPolicySettings;
import org.earshot.recording.RecordingQueries;
import org.earshot.recording.RecordingTrack;
import org.earshot.recording.RecordingVault;
import org.earshot.recording.RetentionPurge;
import org.earshot.recording.RotationStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Recording governance on the deployed server and PostgreSQL, with recordings encrypted by the real
 * vault: legal holds keep recordings from the purge, deletion and erasure until released; erasure
 * by caller number; key rotation re-wraps every data key and the recordings still play; the
 * reconciliation finds each kind of gap, each once and audited once.
 */
@ExtendWith(ArquillianExtension.class)
class RecordingGovernanceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @EJB
    private LegalHoldService holds;
    @EJB
    private RetentionPurge purge;
    @EJB
    private Erasure erasure;
    @EJB
    private RecordingDeletion deletion;
    @EJB
    private CompletenessCheck completeness;
    @EJB
    private KeyRotation rotation;
    @EJB
    private RecordingPlayback playback;
    @EJB
    private RecordingQueries queries;
    @EJB
    private RecordingPolicyService policies;
    @EJB
    private TelephonyRecorder recorder;
    @EJB
    private OrganizationService organization;
    @EJB
    private GrantService grants;
    @EJB
    private MonitoringGroupService groups;

    private RecordedCalls calls;
    private OrgFixture fixture;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @BeforeEach
    void phonesNotNeeded() {
        calls = new RecordedCalls(recorder, CDI.current().select(RecordingVault.class).get());
        fixture = new OrgFixture(organization, grants, groups);
    }

    @Test
    void purgeKeepsWhatAHoldKeepsAndShredsItOnceReleased() throws Exception {
        String callId = calls.call(uniqueNumber(), null, Duration.ofSeconds(5));
        UUID recording = calls.recording(callId, RecordedCalls.tone(3000, 6000), RecordedCalls.tone(3000, 6000));
        RecordedCalls.expire(recording);
        LegalHoldView hold = As.user("compliance", () -> holds.create(fixture.unique("Smith v. Acme"), "litigation",
                new HoldScope(null, callId, null, null, null, null)));

        PurgeReport preview = As.user("compliance", () -> purge.dryRun());
        assertThat(preview.recordings()).filteredOn(r -> r.id().equals(recording)).singleElement()
                .satisfies(r -> assertThat(r.heldBy()).containsExactly(hold.name()));
        assertThat(As.user("compliance", () -> queries.search(onHold(), 0, 1000))).extracting(v -> v.id()).contains(recording);

        PurgeReport kept = As.user("compliance", () -> purge.runNow());
        assertThat(kept.held()).isGreaterThanOrEqualTo(1);
        assertThat(RecordedCalls.keyDestroyed(recording)).as("held: kept").isFalse();
        assertThat(RecordedCalls.filesExist(recording)).isTrue();
        assertThatThrownBy(() -> As.user("compliance", () -> {
            deletion.delete(recording, "asked by the agent");
            return null;
        })).isInstanceOfSatisfying(GovernanceException.class, e -> assertThat(e.isConflict()).isTrue()).hasMessageContaining(hold.name());

        As.user("compliance", () -> holds.release(hold.id(), "settled"));
        PurgeReport purged = As.user("compliance", () -> purge.runNow());

        assertThat(purged.recordings()).extracting(GovernedRecording::id).contains(recording);
        assertThat(RecordedCalls.keyDestroyed(recording)).as("key destroyed").isTrue();
        assertThat(RecordedCalls.filesExist(recording)).as("files removed").isFalse();
        assertThat(audited("recording.RECORDING_DELETE", recording, "DENIED")).as("the deletion refused while held").isEqualTo(1);
        assertThat(audited("recording.RECORDING_DELETE", recording, "SUCCESS")).isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'recording.RECORDING_DELETE' AND target_id = ?"
                + " AND detail LIKE 'retention of 30 days expired%'", recording.toString())).isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'recording.LEGAL_HOLD_RELEASE' AND target_id = ?"
                + " AND detail LIKE '%settled'", String.valueOf(hold.id()))).isEqualTo(1);
    }

    @Test
    void erasureByCallerNumberErasesWhatNoHoldKeepsAndReportsTheRest() throws Exception {
        String number = uniqueNumber();
        String heldCall = calls.call(number, null, Duration.ofSeconds(3));
        String freeCall = calls.call(number, null, Duration.ofSeconds(3));
        UUID held = calls.recording(heldCall, RecordedCalls.tone(1000, 5000), RecordedCalls.tone(1000, 5000));
        UUID free = calls.recording(freeCall, RecordedCalls.tone(1000, 5000), RecordedCalls.tone(1000, 5000));
        String otherCall = calls.call(uniqueNumber(), null, Duration.ofSeconds(3));
        UUID other = calls.recording(otherCall, RecordedCalls.tone(1000, 5000), RecordedCalls.tone(1000, 5000));
        LegalHoldView hold = As.user("compliance", () -> holds.create(fixture.unique("Fraud inquiry"), "police request",
                new HoldScope(held, null, null, null, null, null)));
        String typed = number.substring(0, 4) + " " + number.substring(4, 7) + "-" + number.substring(7);

        ErasureReport report = As.user("compliance", () -> erasure.eraseCaller(typed, "DSR-" + number));

        assertThat(report.erased()).extracting(GovernedRecording::id).containsExactly(free);
        assertThat(report.held()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(held);
            assertThat(r.heldBy()).containsExactly(hold.name());
        });
        assertThat(RecordedCalls.keyDestroyed(free)).isTrue();
        assertThat(RecordedCalls.filesExist(free)).isFalse();
        assertThat(RecordedCalls.keyDestroyed(held)).isFalse();
        assertThat(RecordedCalls.keyDestroyed(other)).as("another caller's").isFalse();
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'recording.RECORDING_DELETE' AND target_id = ?"
                + " AND detail LIKE ?", free.toString(), "erasure request DSR-" + number + "%")).isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'recording.RECORDING_ERASURE' AND target_id = ?"
                + " AND detail LIKE '%1 recording(s) erased, 1 kept on hold%'", "DSR-" + number)).isEqualTo(1);
    }

    @Test
    void onlyComplianceGovernsAndOnlyAnAdministratorRotates() {
        for (String notCompliance : List.of("admin", "sup.billing", "agent1")) {
            assertThatThrownBy(() -> As.user(notCompliance, () -> holds.create("Sneaky", "no", new HoldScope(null, "x", null, null, null, null))))
                    .as(notCompliance).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> As.user(notCompliance, () -> erasure.eraseCaller("555", "x"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> As.user(notCompliance, () -> purge.runNow())).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> As.user("compliance", () -> rotation.start())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("compliance", () -> holds.create(" ", "why", new HoldScope(null, "x", null, null, null, null))))
                .isInstanceOfSatisfying(GovernanceException.class, e -> assertThat(e.getField()).isEqualTo("name"));
    }

    @Test
    void rotationRewrapsEveryDataKeyAndOldRecordingsStillPlay() throws Exception {
        String callId = calls.call(uniqueNumber(), null, Duration.ofSeconds(3));
        short[] caller = RecordedCalls.tone(1500, 7000);
        short[] agent = RecordedCalls.tone(1500, 3000);
        UUID recording = calls.recording(callId, caller, agent);
        int before = (int) Database.count("SELECT kek_key_id FROM recording WHERE id = ?", recording);

        RotationStatus started = As.user("admin", () -> rotation.start());
        assertThat(started.primaryKeyId()).isNotEqualTo(before);
        assertThatThrownBy(() -> As.user("admin", () -> rotation.start())).as("one at a time").isInstanceOf(GovernanceException.class);

        RotationStatus done = Eventually.answer(() -> As.user("admin", () -> rotation.status()),
                s -> s.latest().completed(), PATIENCE);
        assertThat(done.pending()).isZero();
        assertThat(Database.count("SELECT kek_key_id FROM recording WHERE id = ?", recording)).isEqualTo((long) done.primaryKeyId());
        try (PlaybackAudio audio = As.user("compliance", () -> playback.open(recording, RecordingTrack.CALL, false, null))) {
            ByteBuffer pcm = ByteBuffer.allocate((int) audio.size());
            int read = 0;
            while (pcm.hasRemaining() && read >= 0) {
                read = audio.audio().read(pcm);
            }
            pcm.flip().order(ByteOrder.LITTLE_ENDIAN);
            assertThat(pcm.remaining()).isEqualTo(caller.length * 4);
            for (int i = 0; i < caller.length; i++) {
                assertThat(pcm.getShort()).isEqualTo(caller[i]);
                assertThat(pcm.getShort()).isEqualTo(agent[i]);
            }
        }
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'recording.KEY_ROTATION_START' AND target_id = ?",
                String.valueOf(started.primaryKeyId()))).isEqualTo(1);
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'recording.KEY_ROTATION_COMPLETE' AND target_id = ?",
                String.valueOf(started.primaryKeyId()))).isEqualTo(1);
    }

    @Test
    void reconciliationFindsEachKindOnceAndAuditsItOnce() throws Exception {
        CallQueue recordedQueue = recordsEveryCall();
        String unrecorded = calls.call(uniqueNumber(), recordedQueue.getNumber(), Duration.ofSeconds(20));
        String shortCall = calls.call(uniqueNumber(), null, Duration.ofSeconds(20));
        UUID shortRecording = calls.recording(shortCall, RecordedCalls.tone(2000, 6000), RecordedCalls.tone(2000, 6000));
        String silentCall = calls.call(uniqueNumber(), null, Duration.ofSeconds(3));
        UUID silentRecording = calls.recording(silentCall, RecordedCalls.tone(3000, 6000), new short[3000 * 8]);
        UUID unknownCall = calls.recordingRow("gov-no-such-call-" + UUID.randomUUID(), "COMPLETE", 3000);
        String stuckCall = calls.call(uniqueNumber(), null, Duration.ofSeconds(3));
        UUID stuck = calls.recordingRow(stuckCall, "RECORDING", 0);

        As.user("compliance", () -> completeness.runNow());
        List<FindingView> again = As.user("compliance", () -> completeness.runNow()).newFindings();
        // Stored findings, not the first run's report: the periodic run may have found them first.
        List<FindingView> found = As.user("compliance", () -> completeness.findings(null, 0, 1000)).items();

        assertThat(again).as("a second run finds nothing of these again").noneMatch(f -> List.of(shortRecording, silentRecording,
                unknownCall, stuck).contains(f.recordingId()) || unrecorded.equals(f.callId()));
        assertThat(found).anySatisfy(f -> finding(f, FindingKind.MISSING, unrecorded, null))
                .anySatisfy(f -> finding(f, FindingKind.SHORT, shortCall, shortRecording))
                .anySatisfy(f -> finding(f, FindingKind.SILENT_CHANNEL, silentCall, silentRecording))
                .anySatisfy(f -> finding(f, FindingKind.UNKNOWN_CALL, null, unknownCall))
                .anySatisfy(f -> finding(f, FindingKind.STUCK, stuckCall, stuck));
        assertThat(found).filteredOn(f -> silentRecording.equals(f.recordingId())).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("agent channel is silent"));
        assertThat(found).filteredOn(f -> shortRecording.equals(f.recordingId())).as("short, not silent").hasSize(1);
        for (UUID recording : List.of(shortRecording, silentRecording, unknownCall, stuck)) {
            assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'recording.RECORDING_FINDING' AND target_id = ?",
                    recording.toString())).as("audited once: " + recording).isEqualTo(1);
        }
        assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'recording.RECORDING_FINDING' AND call_id = ?",
                unrecorded)).isEqualTo(1);
        assertThat(As.user("compliance", () -> completeness.findings(FindingKind.MISSING, 0, 1000)).items())
                .extracting(FindingView::callId).contains(unrecorded).doesNotContain(shortCall);
    }

    @Test
    void reconciliationTakesWhatArrivesLateAndReportsItOnce() throws Exception {
        As.user("compliance", () -> completeness.runNow());
        // Arrived after that run, although they ended before it: a recording of an unknown call, a 2 s recording of a 20 s call.
        String unknownCall = "gov-late-" + UUID.randomUUID();
        UUID unknown = calls.recordingRow(unknownCall, "COMPLETE", 3000);
        UUID tooShort = calls.recordingRow(calls.call(uniqueNumber(), null, Duration.ofSeconds(20)), "COMPLETE", 2000);
        // A recording whose call record comes a moment after it, before it has settled.
        String callAfterItsRecording = "gov-late-" + UUID.randomUUID();
        UUID beforeItsCall = calls.recordingRow(callAfterItsRecording, "COMPLETE", 3000, Instant.now());

        As.user("compliance", () -> completeness.runNow());
        assertThat(progress(beforeItsCall)).as("not settled: left for a later run").isEqualTo("call not checked, not examined");
        calls.lateCallRecord(callAfterItsRecording, uniqueNumber(), Duration.ofSeconds(3));
        RecordedCalls.aged(beforeItsCall, Duration.ofMinutes(10));
        calls.lateCallRecord(unknownCall, uniqueNumber(), Duration.ofSeconds(20));
        As.user("compliance", () -> completeness.runNow());
        As.user("compliance", () -> completeness.runNow());
        List<FindingView> found = As.user("compliance", () -> completeness.findings(null, 0, 1000)).items();

        assertThat(found).filteredOn(f -> unknown.equals(f.recordingId())).as("its call record came after the finding")
                .singleElement().satisfies(f -> finding(f, FindingKind.UNKNOWN_CALL, unknownCall, unknown));
        assertThat(found).filteredOn(f -> tooShort.equals(f.recordingId())).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FindingKind.SHORT));
        assertThat(found).noneMatch(f -> beforeItsCall.equals(f.recordingId()));
        for (UUID recording : List.of(unknown, tooShort)) {
            assertThat(Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'recording.RECORDING_FINDING' AND target_id = ?",
                    recording.toString())).as("audited once: " + recording).isEqualTo(1);
        }
        for (UUID recording : List.of(unknown, tooShort, beforeItsCall)) {
            assertThat(progress(recording)).as("done with: " + recording).isEqualTo("call checked, examined");
        }
    }

    /** Whether the reconciliation has checked the recording's call record and examined it. */
    private static String progress(UUID recording) throws Exception {
        return (Database.count("SELECT COUNT(*) FROM recording WHERE id = ? AND call_checked", recording) == 1 ? "call checked"
                : "call not checked") + ", " + (Database.count("SELECT COUNT(*) FROM recording WHERE id = ? AND examined", recording) == 1
                ? "examined" : "not examined");
    }

    private CallQueue recordsEveryCall() {
        long site = fixture.site("Recorded site").getId();
        String number = "8" + (System.nanoTime() % 100_000);
        CallQueue queue = As.user("admin", () -> organization.createQueue(fixture.unique("Recorded queue"), number, site));
        As.user("admin", () -> policies.change(queue.getId(), new RecordingPolicySettings(RecordingMode.ALL, 100, false, 30, true, null)));
        return queue;
    }

    private static void finding(FindingView finding, FindingKind kind, String callId, UUID recordingId) {
        assertThat(finding.kind()).isEqualTo(kind);
        if (callId != null) {
            assertThat(finding.callId()).isEqualTo(callId);
        }
        if (recordingId != null) {
            assertThat(finding.recordingId()).isEqualTo(recordingId);
        }
    }

    private static long audited(String action, UUID recording, String outcome) throws Exception {
        return Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND target_id = ? AND outcome = ?", action,
                recording.toString(), outcome);
    }

    private static RecordingFilter onHold() {
        return new RecordingFilter(null, null, null, null, null, null, null, null, null, null, null, true);
    }

    private static String uniqueNumber() {
        return "+35191" + String.format("%07d", System.nanoTime() % 10_000_000);
    }
}
