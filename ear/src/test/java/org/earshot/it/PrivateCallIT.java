package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.earshot.audit.AuditAction;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.monitoring.CallPrivacy;
import org.earshot.monitoring.MonitorableCall;
import org.earshot.monitoring.MonitoringMode;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.monitoring.MonitoringRefusedException;
import org.earshot.monitoring.MonitoringService;
import org.earshot.monitoring.MonitoringSessionView;
import org.earshot.query.PageRequest;
import org.earshot.telephony.connector.CallControl;
import org.earshot.telephony.connector.CallControlFactory;
import org.earshot.telephony.record.CallFilter;
import org.earshot.telephony.record.CallRecord;
import org.earshot.telephony.record.CallRecordService;
import org.earshot.telephony.record.CallState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An agent marks their own answered call private, with real sipp phones: a caller through the Billing
 * queue (6001) to agent3's desk phone (1003), and sup.billing's phone (2001), which Earshot rings and
 * hangs up. The queue's policy decides whether agents may; marking cuts a monitoring supervisor off
 * and keeps every supervisor off the call; everything, refusals included, is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class PrivateCallIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration TALK = Duration.ofSeconds(25);
    private static final String PRIVATE = "The agent marked this call private";

    @EJB
    private MonitoringService monitoring;

    @EJB
    private CallRecordService records;

    @EJB
    private AuditService audit;

    @Resource(lookup = "java:/eis/earshot/CallControl")
    private CallControlFactory callControl;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void markingIsRefusedWhileTheQueueDoesNotAllowItAndToAnyoneButTheCallsAgent() throws Exception {
        int agentPhone = Phones.registeredPhone("1003");
        assertThat(Phones.dialFeatureCode("*60", "1003", agentPhone)).as("*60 confirmed from agent3's phone").isTrue();
        Instant before = Instant.now();
        Phones.Call call = Phones.callQueue("6001", agentPhone, TALK);
        try {
            String callId = answeredCallSince(before);
            assertThat(As.user("agent3", monitoring::myCallPrivacy)).hasValueSatisfying(privacy -> {
                assertThat(privacy.callId()).isEqualTo(callId);
                assertThat(privacy.markable()).as("not offered while the policy is off").isFalse();
            });
            assertThat(markingRefused("agent3", callId))
                    .isEqualTo("Queue Billing does not let agents mark calls private (queue policy)");
            assertMarkingDenied("agent3", callId, before, "does not let agents mark calls private");

            letBillingAgentsMarkPrivate(true);
            assertThat(As.user("agent3", monitoring::myCallPrivacy)).get().extracting(CallPrivacy::markable).isEqualTo(true);
            assertThat(markingRefused("agent2", callId)).isEqualTo("Only the agent on the call may mark it private");
            assertMarkingDenied("agent2", callId, before, "Only the agent on the call");

            assertThat(offered(callId).whyNot()).as("still monitorable").isNull();
            assertThat(As.user("agent3", monitoring::myCallPrivacy)).get().extracting(CallPrivacy::markedPrivate).isEqualTo(false);
        } finally {
            letBillingAgentsMarkPrivate(false);
            hangUp(call, before);
            Phones.dialFeatureCode("*61", "1003", agentPhone);
        }
    }

    @Test
    void markingEndsTheSessionOnTheCallAndKeepsSupervisorsOffAudited() throws Exception {
        int agentPhone = Phones.registeredPhone("1003");
        assertThat(Phones.dialFeatureCode("*60", "1003", agentPhone)).as("*60 confirmed from agent3's phone").isTrue();
        Process supervisorPhone = Phones.supervisorPhone("2001", "sip-2001-demo");
        letBillingAgentsMarkPrivate(true);
        Instant before = Instant.now();
        Phones.Call call = Phones.callQueue("6001", agentPhone, TALK);
        try {
            String callId = answeredCallSince(before);
            MonitoringSessionView started = As.user("sup.billing",
                    () -> monitoring.start(callId, MonitoringMode.LISTEN, MonitoringPurpose.QUALITY_ASSURANCE, null));
            eventually(() -> mySession(started.id()), s -> s != null && s.state().equals("CONNECTED"));

            As.user("agent3", () -> monitoring.markPrivate(callId));

            assertThat(Phones.hungUpByEarshot(supervisorPhone)).as("the supervisor's phone got BYE").isTrue();
            assertThat(endReasonOf(started.id())).isEqualTo("call marked private");
            assertThat(AuditTrail.of(audit, "sup.billing", callId, before)).last().satisfies(ended -> {
                assertThat(ended.getAction()).isEqualTo(AuditAction.MONITOR_END);
                assertThat(ended.getDetail()).isEqualTo("session " + started.id() + ": ended: call marked private");
            });
            assertThat(AuditTrail.of(audit, "agent3", callId, before)).singleElement().satisfies(marked -> {
                assertThat(marked.getAction()).isEqualTo(AuditAction.CALL_MARK_PRIVATE);
                assertThat(marked.getOutcome()).isEqualTo(AuditOutcome.SUCCESS);
                assertThat(marked.getAgent()).isEqualTo("agent3");
                assertThat(marked.getQueue()).isEqualTo("Billing");
            });

            Throwable refused = catchThrowable(() -> As.user("sup.billing",
                    () -> monitoring.start(callId, MonitoringMode.LISTEN, MonitoringPurpose.COMPLIANCE, null)));
            assertThat(refused).isInstanceOf(MonitoringRefusedException.class).hasMessage(PRIVATE);
            assertThat(AuditTrail.of(audit, "sup.billing", callId, before)).last().satisfies(denied -> {
                assertThat(denied.getAction()).isEqualTo(AuditAction.MONITOR_START);
                assertThat(denied.getOutcome()).isEqualTo(AuditOutcome.DENIED);
                assertThat(denied.getDetail()).isEqualTo(PRIVATE);
            });
            MonitorableCall offered = offered(callId);
            assertThat(offered.allowedModes()).isEmpty();
            assertThat(offered.whyNot()).isEqualTo(PRIVATE);
            assertThat(As.user("agent3", monitoring::myCallPrivacy)).get().extracting(CallPrivacy::markedPrivate).isEqualTo(true);
        } finally {
            letBillingAgentsMarkPrivate(false);
            hangUp(call, before);
            supervisorPhone.destroyForcibly();
            Phones.dialFeatureCode("*61", "1003", agentPhone);
        }
    }

    private String markingRefused(String user, String callId) {
        Throwable refused = catchThrowable(() -> As.user(user, () -> monitoring.markPrivate(callId)));
        assertThat(refused).as(user + " marking " + callId + " private").isInstanceOf(MonitoringRefusedException.class);
        return refused.getMessage();
    }

    private void assertMarkingDenied(String user, String callId, Instant since, String reason) {
        assertThat(AuditTrail.of(audit, user, callId, since)).filteredOn(e -> e.getAction() == AuditAction.CALL_MARK_PRIVATE)
                .anySatisfy(e -> {
                    assertThat(e.getOutcome()).isEqualTo(AuditOutcome.DENIED);
                    assertThat(e.getDetail()).contains(reason);
                });
    }

    private MonitorableCall offered(String callId) {
        return As.user("sup.billing", monitoring::liveCalls).stream().filter(c -> c.callId().equals(callId)).findFirst().orElseThrow();
    }

    private MonitoringSessionView mySession(long id) {
        return As.user("sup.billing", monitoring::mySessions).stream().filter(s -> s.id() == id).findFirst().orElse(null);
    }

    private String answeredCallSince(Instant since) throws Exception {
        return eventually(() -> As.user("sup.billing", () -> records.findCalls(new CallFilter(since, null, null, null, "6001"),
                PageRequest.firstPage(1))).items().stream().findFirst().orElse(null),
                r -> r != null && r.getState() == CallState.ANSWERED).getCallId();
    }

    private static String endReasonOf(long sessionId) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT state, end_reason FROM monitoring_session WHERE id = ?")) {
            query.setLong(1, sessionId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("session row " + sessionId).isTrue();
                assertThat(row.getString(1)).isEqualTo("ENDED");
                return row.getString(2);
            }
        }
    }

    /** Whether Billing's policy lets agents mark calls private, set as its policy page would (not this test's subject). */
    private static void letBillingAgentsMarkPrivate(boolean allowed) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement update = db.prepareStatement("UPDATE call_queue SET agents_may_mark_private = ? WHERE number = '6001'")) {
            update.setBoolean(1, allowed);
            update.executeUpdate();
        }
    }

    /** Earshot hangs up the latest call since then, so that no call of a test outlives it. */
    private void hangUp(Phones.Call call, Instant since) throws Exception {
        CallRecord latest = As.user("sup.billing", () -> records.findCalls(new CallFilter(since, null, null, null, null),
                PageRequest.firstPage(1))).items().stream().findFirst().orElse(null);
        if (latest != null) {
            try (CallControl control = callControl.getConnection()) {
                control.hangUp(latest.getCallId());
            }
        }
        call.stopPhones();
    }

    private static <T> T eventually(Callable<T> question, Predicate<T> fits) throws Exception {
        return Eventually.answer(question, fits, PATIENCE);
    }
}
