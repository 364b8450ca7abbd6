package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;
import static org.earshot.monitoring.MonitoringAuditAction.MONITOR_END;
import static org.earshot.monitoring.MonitoringAuditAction.MONITOR_MODE_CHANGE;
import static org.earshot.monitoring.MonitoringAuditAction.MONITOR_START;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.earshot.access.Grant;
import org.earshot.access.GrantService;
import org.earshot.access.Role;
import org.earshot.audit.AuditEntry;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecordService;
import org.earshot.monitoring.MonitorableCall;
import org.earshot.monitoring.MonitoringAuditAction;
import org.earshot.monitoring.MonitoringChannel;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.monitoring.MonitoringRefusedException;
import org.earshot.monitoring.MonitoringService;
import org.earshot.monitoring.MonitoringSessionView;
import org.earshot.organization.MonitoringGroup;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.User;
import org.earshot.telephony.api.CallControl;
import org.earshot.telephony.api.CallControlFactory;
import org.earshot.telephony.api.MonitoringMode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitoring governed in the EJB layer, with real sipp phones: a caller, the agent's desk phone and
 * the supervisor's phone, which Earshot rings and hangs up. Every refusal names its reason and is in
 * the audit trail as DENIED; a session's start, switches and end are audited with purpose, mode and
 * reason, and kept as a session row. Demo agent2 (1002) and agent3 (1003) are Billing agents;
 * sup.billing (2001) may use every mode on them, sup.support only sees Support, qa only listens.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringAuthorizationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration TALK = Duration.ofSeconds(25);

    @EJB
    private MonitoringService monitoring;

    @EJB
    private CallRecordService records;

    @EJB
    private AuditService audit;

    @EJB
    private OrganizationService organization;

    @EJB
    private GrantService grants;

    @EJB
    private MonitoringGroupService groups;

    @Resource(lookup = "java:/eis/earshot/CallControl")
    private CallControlFactory callControl;

    private OrgFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new OrgFixture(organization, grants, groups);
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void aSupervisorListensSwitchesToWhisperAndEndsAndTheAuditTellsTheWholeStory() throws Exception {
        Process supervisorPhone = Phones.supervisorPhone("2001", "sip-2001-demo");
        Instant before = Instant.now();
        Phones.Call call = Phones.callAgent("1002", TALK);
        try {
            String callId = answeredCallSince(before, "1002");
            MonitorableCall offered = As.user("sup.billing", monitoring::liveCalls).stream()
                    .filter(c -> c.callId().equals(callId)).findFirst().orElseThrow();
            assertThat(offered.allowedModes()).isEqualTo(EnumSet.allOf(MonitoringMode.class));
            assertThat(offered.whyNot()).isNull();
            assertThat(offered.agentExtension()).isEqualTo("1002");

            MonitoringSessionView started = connectedSession("sup.billing", callId, MonitoringMode.LISTEN, MonitoringPurpose.TRAINING,
                    "new hire, week one");
            assertThat(started.allowedModes()).as("modes to switch to")
                    .containsExactlyInAnyOrder(MonitoringMode.WHISPER, MonitoringMode.BARGE, MonitoringMode.TAKEOVER);

            assertThat(As.user("agent2", monitoring::myIndicator)).as("the agent's indicator").hasValueSatisfying(shown -> {
                assertThat(shown.callId()).isEqualTo(callId);
                assertThat(shown.mode()).isEqualTo(MonitoringMode.LISTEN);
            });
            assertThat(As.user("agent1", monitoring::myIndicator)).as("another agent's").isEmpty();

            Thread.sleep(1000); // so that the whisper's start cannot be taken for the session's
            Instant beforeWhisper = Instant.now();
            MonitoringSessionView whispering = As.user("sup.billing",
                    () -> monitoring.switchMode(started.id(), MonitoringMode.WHISPER, MonitoringChannel.CONSOLE));
            assertThat(whispering.mode()).isEqualTo(MonitoringMode.WHISPER);
            assertThat(whispering.modeSince()).isAfterOrEqualTo(beforeWhisper);
            assertThat(As.user("agent2", monitoring::myIndicator)).hasValueSatisfying(shown -> {
                assertThat(shown.mode()).isEqualTo(MonitoringMode.WHISPER);
                // the database keeps microseconds
                assertThat(shown.since()).as("since the whisper began, not the session")
                        .isCloseTo(whispering.modeSince(), within(1, ChronoUnit.MILLIS)).isAfter(started.connectedAt());
            });
            As.user("sup.billing", () -> monitoring.end(started.id(), MonitoringChannel.CONSOLE));

            assertThat(Phones.hungUpByEarshot(supervisorPhone)).as("the supervisor's phone rang, answered and got BYE").isTrue();
            assertThat(As.user("sup.billing", monitoring::mySessions)).extracting(MonitoringSessionView::id).doesNotContain(started.id());
            assertThat(As.user("agent2", monitoring::myIndicator)).as("no indicator once ended").isEmpty();
            assertThat(sessionRow(started.id())).containsExactly("ENDED", "WHISPER", "TRAINING", "ended by the supervisor");

            List<AuditEntry> story = auditOf("sup.billing", callId, before);
            assertThat(story).extracting(AuditEntry::getAction)
                    .containsExactly(actions(MONITOR_START, MONITOR_MODE_CHANGE, MONITOR_END));
            assertThat(story).allSatisfy(e -> {
                assertThat(e.getOutcome()).isEqualTo(AuditOutcome.SUCCESS);
                assertThat(e.getAgent()).isEqualTo("agent2");
                assertThat(e.getPurpose()).isEqualTo("TRAINING");
            });
            assertThat(story).extracting(AuditEntry::getDetail).as("each step names its channel")
                    .allSatisfy(detail -> assertThat(detail).contains("via CONSOLE"));
            assertThat(story.get(0).getMode()).isEqualTo("LISTEN");
            assertThat(story.get(0).getDetail()).contains("Training").contains("note: new hire, week one");
            assertThat(story.get(1).getMode()).isEqualTo("WHISPER");
            assertThat(story.get(1).getDetail()).contains("LISTEN -> WHISPER");
            assertThat(story.get(2).getDetail()).contains("ended by the supervisor");
        } finally {
            hangUp(call, before);
            supervisorPhone.destroyForcibly();
        }
    }

    /**
     * Over REST: the owner's start, switch and end are audited as REST; another supervisor trying to
     * switch or end the session is refused with 403 and the reason, audited as DENIED, and the session
     * goes on as it was; an id no session has is 404, audited too.
     */
    @Test
    void anotherSupervisorsSessionCannotBeSwitchedOrEndedAndTheAttemptsAreAuditedAsTheRestCallsTheyWere() throws Exception {
        Process supervisorPhone = Phones.supervisorPhone("2001", "sip-2001-demo");
        Instant before = Instant.now();
        Phones.Call call = Phones.callAgent("1002", TALK);
        try {
            String callId = answeredCallSince(before, "1002");
            HttpResponse<String> started = Api.post("sup.billing", "monitoring/sessions",
                    "{\"callId\": \"" + callId + "\", \"mode\": \"LISTEN\", \"purpose\": \"QUALITY_ASSURANCE\"}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            long id = Api.json(started).get("id").asLong();
            eventually(() -> mySession("sup.billing", id), s -> s != null && s.state().equals("CONNECTED"));

            HttpResponse<String> switchByAnother = Api.put("sup.support", "monitoring/sessions/" + id + "/mode",
                    "{\"mode\": \"BARGE\"}");
            assertRefusedAsAnotherSupervisors(switchByAnother, id);
            HttpResponse<String> endByAnother = Api.delete("sup.support", "monitoring/sessions/" + id);
            assertRefusedAsAnotherSupervisors(endByAnother, id);
            assertThat(mySession("sup.billing", id)).as("the session goes on as it was").satisfies(s -> {
                assertThat(s.state()).isEqualTo("CONNECTED");
                assertThat(s.mode()).isEqualTo(MonitoringMode.LISTEN);
            });
            long noSuchSession = id + 1_000_000;
            assertThat(Api.delete("sup.support", "monitoring/sessions/" + noSuchSession).statusCode()).isEqualTo(404);

            HttpResponse<String> switched = Api.put("sup.billing", "monitoring/sessions/" + id + "/mode", "{\"mode\": \"BARGE\"}");
            assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);
            assertThat(Api.delete("sup.billing", "monitoring/sessions/" + id).statusCode()).isEqualTo(204);
            assertThat(Phones.hungUpByEarshot(supervisorPhone)).isTrue();

            List<AuditEntry> attempts = auditOf("sup.support", callId, before);
            assertThat(attempts).extracting(AuditEntry::getAction).containsExactly(actions(MONITOR_MODE_CHANGE, MONITOR_END));
            assertThat(attempts).allSatisfy(e -> {
                assertThat(e.getOutcome()).isEqualTo(AuditOutcome.DENIED);
                assertThat(e.getAgent()).isEqualTo("agent2");
                assertThat(e.getDetail()).contains("via REST").contains("Monitoring session " + id + " is another supervisor's");
            });
            assertThat(attempts.get(0).getMode()).as("the mode asked for").isEqualTo("BARGE");
            assertThat(auditOf("sup.support", null, before)).filteredOn(e -> e.getCallId() == null).singleElement().satisfies(e -> {
                assertThat(e.getAction()).isEqualTo(MONITOR_END.qualifiedName());
                assertThat(e.getOutcome()).isEqualTo(AuditOutcome.DENIED);
                assertThat(e.getDetail()).isEqualTo("via REST: no monitoring session " + noSuchSession);
            });

            List<AuditEntry> story = auditOf("sup.billing", callId, before);
            assertThat(story).extracting(AuditEntry::getAction)
                    .containsExactly(actions(MONITOR_START, MONITOR_MODE_CHANGE, MONITOR_END));
            assertThat(story).extracting(AuditEntry::getDetail).allSatisfy(detail -> assertThat(detail).contains("via REST"));
            assertThat(story.get(1).getDetail()).endsWith("LISTEN -> BARGE");
        } finally {
            hangUp(call, before);
            supervisorPhone.destroyForcibly();
        }
    }

    private static void assertRefusedAsAnotherSupervisors(HttpResponse<String> answer, long id) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Api.json(answer).get("detail").asText())
                .isEqualTo("Monitoring session " + id + " is another supervisor's: only they may switch or end it");
    }

    @Test
    void aSwitchToAModeTheGrantDoesNotAllowIsRefusedAuditedAndTheSessionStaysInItsMode() throws Exception {
        Process trainerPhone = Phones.supervisorPhone("2004", "sip-2004-demo"); // the trainer may listen and whisper
        Instant before = Instant.now();
        Phones.Call call = Phones.callAgent("1002", TALK);
        try {
            String callId = answeredCallSince(before, "1002");
            MonitoringSessionView session = connectedSession("trainer", callId, MonitoringMode.LISTEN, MonitoringPurpose.TRAINING, null);
            assertThat(session.allowedModes()).containsExactly(MonitoringMode.WHISPER);

            Throwable refused = catchThrowable(() -> As.user("trainer", () -> monitoring.switchMode(session.id(), MonitoringMode.BARGE,
                    MonitoringChannel.CONSOLE)));
            assertThat(refused).isInstanceOf(MonitoringRefusedException.class)
                    .hasMessage("mode BARGE is not allowed by trainer's grants");
            assertThat(mySession("trainer", session.id()).mode()).isEqualTo(MonitoringMode.LISTEN);
            assertThat(auditOf("trainer", callId, before)).filteredOn(e -> e.getOutcome() == AuditOutcome.DENIED).singleElement()
                    .satisfies(e -> {
                        assertThat(e.getAction()).isEqualTo(MONITOR_MODE_CHANGE.qualifiedName());
                        assertThat(e.getMode()).isEqualTo("BARGE");
                        assertThat(e.getDetail()).contains("in LISTEN: mode BARGE is not allowed by trainer's grants");
                    });

            As.user("trainer", () -> monitoring.end(session.id(), MonitoringChannel.CONSOLE));
            assertThat(Phones.hungUpByEarshot(trainerPhone)).isTrue();
        } finally {
            hangUp(call, before);
            trainerPhone.destroyForcibly();
        }
    }

    @Test
    void keysOnTheSupervisorsPhoneSwitchTheModeWithTheSameChecks() throws Exception {
        try (DatagramSocket trainerMedia = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            trainerMedia.setSoTimeout(5000);
            Process trainerPhone = Phones.supervisorPhone("2004", "sip-2004-demo", trainerMedia.getLocalPort());
            Instant before = Instant.now();
            Phones.Call call = Phones.callAgent("1002", TALK);
            try {
                String callId = answeredCallSince(before, "1002");
                MonitoringSessionView session = connectedSession("trainer", callId, MonitoringMode.LISTEN, MonitoringPurpose.TRAINING,
                        null);
                DatagramPacket mix = new DatagramPacket(new byte[2048], 2048);
                trainerMedia.receive(mix); // the call's mix, from the Earshot port the trainer's keys go to

                trainerMedia.send(keyPacket(3, 1, 8000, mix));
                AuditEntry refusedKey = eventually(() -> auditOf("trainer", callId, before).stream()
                        .filter(e -> e.getOutcome() == AuditOutcome.DENIED).findFirst().orElse(null), e -> e != null);
                assertThat(refusedKey.getAction()).isEqualTo(MONITOR_MODE_CHANGE.qualifiedName());
                assertThat(refusedKey.getMode()).isEqualTo("BARGE");
                assertThat(refusedKey.getDetail()).contains("via PHONE_KEY").contains("mode BARGE is not allowed by trainer's grants");
                assertThat(mySession("trainer", session.id()).mode()).isEqualTo(MonitoringMode.LISTEN);

                trainerMedia.send(keyPacket(2, 2, 16000, mix));
                eventually(() -> mySession("trainer", session.id()), s -> s.mode() == MonitoringMode.WHISPER);
                assertThat(auditOf("trainer", callId, before)).filteredOn(e -> e.getOutcome() == AuditOutcome.SUCCESS)
                        .extracting(AuditEntry::getDetail)
                        .anySatisfy(d -> assertThat(d).contains("via PHONE_KEY").endsWith("LISTEN -> WHISPER by key 2"));

                As.user("trainer", () -> monitoring.end(session.id(), MonitoringChannel.CONSOLE));
                assertThat(Phones.hungUpByEarshot(trainerPhone)).isTrue();
            } finally {
                hangUp(call, before);
                trainerPhone.destroyForcibly();
            }
        }
    }

    @Test
    void aTransferToAnAgentOutsideTheSupervisorsMonitoringEndsTheSessionAudited() throws Exception {
        Process supervisorPhone = Phones.supervisorPhone("2001", "sip-2001-demo");
        Instant before = Instant.now();
        // agent2 (Billing) hands the call to agent4 (Support), whom sup.billing may not monitor
        Phones.TransferredCall call = Phones.callAgentWhoTransfers("1002", "1004", Duration.ofSeconds(6));
        try {
            String callId = answeredCallSince(before, "1002");
            MonitoringSessionView session = connectedSession("sup.billing", callId, MonitoringMode.LISTEN,
                    MonitoringPurpose.QUALITY_ASSURANCE, null);

            assertThat(Phones.hungUpByEarshot(supervisorPhone)).as("the supervisor's phone got BYE at the transfer").isTrue();
            List<String> row = eventually(() -> sessionRow(session.id()), r -> r.get(0).equals("ENDED"));
            assertThat(row.get(3)).startsWith("call transferred");
            List<AuditEntry> story = eventually(() -> auditOf("sup.billing", callId, before), entries -> entries.size() == 2);
            assertThat(story).extracting(AuditEntry::getAction).containsExactly(actions(MONITOR_START, MONITOR_END));
            assertThat(story.get(1).getDetail()).contains("ended: call transferred");
            assertThat(eventually(() -> historyOf(callId), h -> h.contains("TRANSFERRED")))
                    .as("the record was transferring while agent4 rang").containsSubsequence("ANSWERED", "TRANSFERRING", "TRANSFERRED");
            assertThat(stateAndAgentOf(callId)).as("answered by agent4 now").containsExactly("ANSWERED", "1004");
        } finally {
            hangUpLatestCall(before);
            call.stopPhones();
            supervisorPhone.destroyForcibly();
        }
    }

    @Test
    void anAgentOutOfScopeAModeNotGrantedAndAMissingPurposeAreRefusedAndAuditedWithTheReason() throws Exception {
        Instant before = Instant.now();
        Phones.Call call = Phones.callAgent("1002", TALK);
        try {
            String callId = answeredCallSince(before, "1002");

            assertThat(refusal("sup.support", callId, MonitoringMode.LISTEN, MonitoringPurpose.COMPLIANCE))
                    .contains("agent agent2").contains("outside the scope of sup.support's grants");
            assertThat(As.user("sup.support", monitoring::liveCalls)).extracting(MonitorableCall::callId).doesNotContain(callId);

            assertThat(refusal("qa", callId, MonitoringMode.WHISPER, MonitoringPurpose.QUALITY_ASSURANCE))
                    .isEqualTo("mode WHISPER is not allowed by qa's grants");
            assertThat(As.user("qa", monitoring::liveCalls)).filteredOn(c -> c.callId().equals(callId)).singleElement()
                    .satisfies(c -> assertThat(c.allowedModes()).containsExactly(MonitoringMode.LISTEN));

            assertThat(refusal("sup.billing", callId, MonitoringMode.LISTEN, null))
                    .isEqualTo("Choose the business purpose of monitoring this call");

            assertDenied("sup.support", callId, before, "outside the scope of sup.support's grants");
            assertDenied("qa", callId, before, "mode WHISPER is not allowed by qa's grants");
            assertDenied("sup.billing", callId, before, "Choose the business purpose of monitoring this call");
            assertThat(noSessionsOf(callId)).as("no session was opened").isTrue();
        } finally {
            hangUp(call, before);
        }
    }

    @Test
    void aSecondBargeOnTheSameCallIsRefusedAndAudited() throws Exception {
        User second = supervisorOfAgent2("barger", uniqueExtension()).user();

        Process supervisorPhone = Phones.supervisorPhone("2001", "sip-2001-demo");
        Instant before = Instant.now();
        Phones.Call call = Phones.callAgent("1002", TALK);
        try {
            String callId = answeredCallSince(before, "1002");
            MonitoringSessionView barging = connectedSession("sup.billing", callId, MonitoringMode.BARGE, MonitoringPurpose.ESCALATION,
                    null);

            assertThat(refusal(second.getUsername(), callId, MonitoringMode.BARGE, MonitoringPurpose.ESCALATION))
                    .startsWith("Another supervisor is already heard on this call (BARGE)");
            assertDenied(second.getUsername(), callId, before, "Another supervisor is already heard on this call (BARGE)");
            assertThat(As.user(second.getUsername(), monitoring::liveCalls)).filteredOn(c -> c.callId().equals(callId))
                    .singleElement().satisfies(c -> {
                        assertThat(c.monitors()).isEqualTo(1);
                        assertThat(c.allowedModes()).containsExactly(MonitoringMode.LISTEN);
                    });

            As.user("sup.billing", () -> monitoring.end(barging.id(), MonitoringChannel.CONSOLE));
            assertThat(Phones.hungUpByEarshot(supervisorPhone)).isTrue();
        } finally {
            hangUp(call, before);
            supervisorPhone.destroyForcibly();
        }
    }

    @Test
    void aModeTheQueueDoesNotAllowIsRefusedAndAudited() throws Exception {
        int agentPhone = Phones.registeredPhone("1003"); // agent3, member of Billing (6001)
        assertThat(Phones.dialFeatureCode("*60", "1003", agentPhone)).as("*60 confirmed from agent3's phone").isTrue();
        allowOnBillingQueue("LISTEN");
        Instant before = Instant.now();
        Phones.Call call = Phones.callQueue("6001", agentPhone, TALK);
        try {
            String callId = answeredCallSince(before, "6001");
            assertThat(refusal("sup.billing", callId, MonitoringMode.BARGE, MonitoringPurpose.QUALITY_ASSURANCE))
                    .isEqualTo("BARGE is not allowed on queue Billing (it allows [LISTEN])");
            assertDenied("sup.billing", callId, before, "BARGE is not allowed on queue Billing");
            assertThat(As.user("sup.billing", monitoring::liveCalls)).filteredOn(c -> c.callId().equals(callId)).singleElement()
                    .satisfies(c -> assertThat(c.allowedModes()).containsExactly(MonitoringMode.LISTEN));
        } finally {
            allowOnBillingQueue("LISTEN", "WHISPER", "BARGE", "TAKEOVER");
            hangUp(call, before);
            Phones.dialFeatureCode("*61", "1003", agentPhone);
        }
    }

    /** The queue's policy decides whether the agent sees their call is monitored, and is read anew each time. */
    @Test
    void theAgentsIndicatorStaysEmptyWhenTheQueuePolicyHidesItAndShowsTheModeWhenItShowsIt() throws Exception {
        int agentPhone = Phones.registeredPhone("1003"); // agent3, member of Billing (6001)
        assertThat(Phones.dialFeatureCode("*60", "1003", agentPhone)).as("*60 confirmed from agent3's phone").isTrue();
        Process supervisorPhone = Phones.supervisorPhone("2001", "sip-2001-demo");
        showIndicatorOnBillingQueue(false);
        Instant before = Instant.now();
        Phones.Call call = Phones.callQueue("6001", agentPhone, TALK);
        try {
            String callId = answeredCallSince(before, "6001");
            MonitoringSessionView session = connectedSession("sup.billing", callId, MonitoringMode.WHISPER,
                    MonitoringPurpose.QUALITY_ASSURANCE, null);

            assertThat(As.user("agent3", monitoring::myIndicator)).as("indicator off by the queue's policy").isEmpty();
            showIndicatorOnBillingQueue(true);
            assertThat(As.user("agent3", monitoring::myIndicator)).as("indicator on").hasValueSatisfying(shown -> {
                assertThat(shown.callId()).isEqualTo(callId);
                assertThat(shown.mode()).isEqualTo(MonitoringMode.WHISPER);
            });
            showIndicatorOnBillingQueue(false);
            assertThat(As.user("agent3", monitoring::myIndicator)).as("off again").isEmpty();

            As.user("sup.billing", () -> monitoring.end(session.id(), MonitoringChannel.CONSOLE));
            assertThat(Phones.hungUpByEarshot(supervisorPhone)).isTrue();
        } finally {
            showIndicatorOnBillingQueue(true);
            hangUp(call, before);
            supervisorPhone.destroyForcibly();
            Phones.dialFeatureCode("*61", "1003", agentPhone);
        }
    }

    @Test
    void aGrantRevokedMidSessionEndsTheSessionAndHangsUpTheSupervisorsPhone() throws Exception {
        withdrawingAccessEndsTheSession("revoked", m -> grants.revoke(m.grant().getId(), "left the team"), "grant revoked: ");
    }

    @Test
    void anAccountDisabledMidSessionEndsTheSession() throws Exception {
        withdrawingAccessEndsTheSession("disabled", m -> organization.setActive(m.user().getId(), false),
                "account disabled: ");
    }

    @Test
    void aMonitorTakenOutOfTheMonitoringGroupMidSessionEndsTheSession() throws Exception {
        withdrawingAccessEndsTheSession("ungrouped", m -> groups.removeMonitor(m.group().getId(), m.user().getId()),
                "monitoring group changed: ");
    }

    /**
     * A supervisor of agent2 monitors agent2's call; the administrator withdraws their access while the
     * session is connected: the session ends at once, the phone gets BYE, and the end is audited.
     */
    private void withdrawingAccessEndsTheSession(String name, Consumer<Monitor> withdraw, String reasonStart) throws Exception {
        String extension = uniqueExtension();
        Monitor monitor = supervisorOfAgent2(name, extension);
        Process supervisorPhone = Phones.supervisorPhone(extension, "sip-secret-1");
        Instant before = Instant.now();
        Phones.Call call = Phones.callAgent("1002", TALK);
        try {
            String callId = answeredCallSince(before, "1002");
            String username = monitor.user().getUsername();
            MonitoringSessionView session = connectedSession(username, callId, MonitoringMode.LISTEN, MonitoringPurpose.COMPLIANCE, null);

            As.user("admin", () -> withdraw.accept(monitor));

            assertThat(Phones.hungUpByEarshot(supervisorPhone)).as("the supervisor's phone got BYE").isTrue();
            List<String> row = eventually(() -> sessionRow(session.id()), r -> r.get(0).equals("ENDED"));
            assertThat(row.get(3)).startsWith(reasonStart);
            List<AuditEntry> story = auditOf(username, callId, before);
            assertThat(story).extracting(AuditEntry::getAction).containsExactly(actions(MONITOR_START, MONITOR_END));
            assertThat(story.get(1).getDetail()).contains("ended: " + reasonStart);
        } finally {
            hangUp(call, before);
            supervisorPhone.destroyForcibly();
        }
    }

    /**
     * The end of an RFC 4733 key press (payload type 96, as Earshot offers telephone-events), sent back
     * to where the mix came from; each key its own timestamp, as a new event.
     */
    private static DatagramPacket keyPacket(int digit, int sequence, int timestamp, DatagramPacket from) {
        ByteBuffer packet = ByteBuffer.allocate(16);
        packet.put((byte) 0x80).put((byte) 96).putShort((short) sequence).putInt(timestamp).putInt(0x5eed);
        packet.put((byte) digit).put((byte) 0x80).putShort((short) 800);
        return new DatagramPacket(packet.array(), packet.capacity(), from.getSocketAddress());
    }

    /** Starts monitoring as the user and waits until their phone answered. */
    private MonitoringSessionView connectedSession(String user, String callId, MonitoringMode mode, MonitoringPurpose purpose,
                                                   String note) throws Exception {
        MonitoringSessionView started = As.user(user, () -> monitoring.start(callId, mode, purpose, note, MonitoringChannel.CONSOLE));
        return eventually(() -> mySession(user, started.id()), s -> s != null && s.state().equals("CONNECTED"));
    }

    /** A supervisor with an extension (SIP password sip-secret-1), their grant and their monitoring group. */
    private record Monitor(User user, Grant grant, MonitoringGroup group) {
    }

    /** A new supervisor of agent2's team with every mode, in a monitoring group with agent2. */
    private Monitor supervisorOfAgent2(String name, String extension) {
        User agent2 = As.user("admin", () -> organization.findByUsername("agent2"));
        User supervisor = fixture.agent(name, agent2.getTeam(), extension);
        Grant grant = fixture.grant(supervisor, Role.SUPERVISOR, Set.of(agent2.getTeam().getId()), EnumSet.allOf(MonitoringMode.class));
        return new Monitor(supervisor, grant, fixture.group("Monitors of agent2", Set.of(supervisor), Set.of(agent2)));
    }

    private String refusal(String user, String callId, MonitoringMode mode, MonitoringPurpose purpose) {
        Throwable refused = catchThrowable(
                () -> As.user(user, () -> monitoring.start(callId, mode, purpose, null, MonitoringChannel.REST)));
        assertThat(refused).as(user + " starting " + mode).isInstanceOf(MonitoringRefusedException.class);
        return refused.getMessage();
    }

    private void assertDenied(String user, String callId, Instant since, String reason) {
        assertThat(auditOf(user, callId, since)).filteredOn(e -> e.getOutcome() == AuditOutcome.DENIED)
                .anySatisfy(e -> {
                    assertThat(e.getAction()).isEqualTo(MONITOR_START.qualifiedName());
                    assertThat(e.getCallId()).isEqualTo(callId);
                    assertThat(e.getDetail()).contains(reason);
                });
    }

    /** The names the audit trail's entries carry for the actions. */
    private static String[] actions(MonitoringAuditAction... actions) {
        return Arrays.stream(actions).map(MonitoringAuditAction::qualifiedName).toArray(String[]::new);
    }

    /** The user's audit entries about the call since then, oldest first. */
    private List<AuditEntry> auditOf(String actor, String callId, Instant since) {
        return AuditTrail.of(audit, actor, callId, since);
    }

    private String answeredCallSince(Instant since, String dialed) throws Exception {
        return BillingCalls.answeredSince(records, since, dialed);
    }

    private MonitoringSessionView mySession(String user, long id) {
        return As.user(user, monitoring::mySessions).stream().filter(s -> s.id() == id).findFirst().orElse(null);
    }

    /** State, mode, purpose and end reason of a session row. */
    private static List<String> sessionRow(long id) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement(
                     "SELECT state, mode, purpose, end_reason FROM monitoring_session WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("session row " + id).isTrue();
                return Arrays.asList(row.getString(1), row.getString(2), row.getString(3), row.getString(4));
            }
        }
    }

    /** The call record's state and agent extension. */
    private static List<String> stateAndAgentOf(String callId) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT state, agent_extension FROM call_record WHERE call_id = ?")) {
            query.setString(1, callId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("call record " + callId).isTrue();
                return Arrays.asList(row.getString(1), row.getString(2));
            }
        }
    }

    /** The call's events as its record keeps them, in order. */
    private static List<String> historyOf(String callId) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT s.change_type FROM call_state_change s"
                     + " JOIN call_record c ON c.id = s.call_record_id WHERE c.call_id = ? ORDER BY s.occurred_at, s.id")) {
            query.setString(1, callId);
            List<String> types = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            return types;
        }
    }

    private static boolean noSessionsOf(String callId) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM monitoring_session WHERE call_id = ?")) {
            query.setString(1, callId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) == 0;
            }
        }
    }

    /** The Billing queue's allowed modes, set as its policy page would (that page is not this test's subject). */
    private static void allowOnBillingQueue(String... modes) throws Exception {
        try (Connection db = Database.superuser(); Statement sql = db.createStatement()) {
            sql.executeUpdate("DELETE FROM call_queue_monitoring_mode WHERE queue_id = (SELECT id FROM call_queue WHERE number = '6001')");
            for (String mode : modes) {
                sql.executeUpdate("INSERT INTO call_queue_monitoring_mode (queue_id, mode)"
                        + " SELECT id, '" + mode + "' FROM call_queue WHERE number = '6001'");
            }
        }
    }

    /** Whether Billing's policy shows agents the indicator. */
    private static void showIndicatorOnBillingQueue(boolean shown) throws Exception {
        BillingPolicy.turn("agent_indicator", shown);
    }

    private void hangUp(Phones.Call call, Instant since) throws Exception {
        hangUpLatestCall(since);
        call.stopPhones();
    }

    private void hangUpLatestCall(Instant since) throws Exception {
        BillingCalls.hangUpLatest(records, callControl, since);
    }

    private static String uniqueExtension() {
        return "8" + (System.nanoTime() % 1_000_000);
    }

    private static <T> T eventually(Callable<T> question, Predicate<T> fits) throws Exception {
        return Eventually.answer(question, fits, PATIENCE);
    }
}
