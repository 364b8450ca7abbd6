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
import org.earshot.monitoring.MonitoringAuditAction;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecordService;
import org.earshot.monitoring.CallPrivacy;
import org.earshot.monitoring.MonitorableCall;
import org.earshot.monitoring.MonitoringChannel;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.monitoring.MonitoringRefusedException;
import org.earshot.monitoring.MonitoringService;
import org.earshot.monitoring.MonitoringSessionView;
import org.earshot.telephony.api.CallControl;
import org.earshot.telephony.api.CallControlFactory;
import org.earshot.telephony.api.MonitoringMode;
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
        onAgent3sBillingCall((callId, before, supervisorPhone) -> {
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
        });
    }

    @Test
    void markingEndsTheSessionOnTheCallAndKeepsSupervisorsOffAudited() throws Exception {
        letBillingAgentsMarkPrivate(true);
        onAgent3sBillingCall((callId, before, supervisorPhone) -> {
            MonitoringSessionView started = connectedSession(callId, MonitoringMode.LISTEN);

            As.user("agent3", () -> monitoring.markPrivate(callId));

            assertThat(Phones.hungUpByEarshot(supervisorPhone)).as("the supervisor's phone got BYE").isTrue();
            assertThat(endReasonOf(started.id())).isEqualTo("call marked private");
            assertThat(AuditTrail.of(audit, "sup.billing", callId, before)).last().satisfies(ended -> {
                assertThat(ended.getAction()).isEqualTo(MonitoringAuditAction.MONITOR_END.qualifiedName());
                assertThat(ended.getDetail()).isEqualTo("session " + started.id() + " via EARSHOT: ended: call marked private");
            });
            assertThat(AuditTrail.of(audit, "agent3", callId, before)).singleElement().satisfies(marked -> {
                assertThat(marked.getAction()).isEqualTo(MonitoringAuditAction.CALL_MARK_PRIVATE.qualifiedName());
                assertThat(marked.getOutcome()).isEqualTo(AuditOutcome.SUCCESS);
                assertThat(marked.getAgent()).isEqualTo("agent3");
                assertThat(marked.getQueue()).isEqualTo("Billing");
            });

            Throwable refused = catchThrowable(() -> As.user("sup.billing",
                    () -> monitoring.start(callId, MonitoringMode.LISTEN, MonitoringPurpose.COMPLIANCE, null,
                            MonitoringChannel.CONSOLE)));
            assertThat(refused).isInstanceOf(MonitoringRefusedException.class).hasMessage(PRIVATE);
            assertThat(AuditTrail.of(audit, "sup.billing", callId, before)).last().satisfies(denied -> {
                assertThat(denied.getAction()).isEqualTo(MonitoringAuditAction.MONITOR_START.qualifiedName());
                assertThat(denied.getOutcome()).isEqualTo(AuditOutcome.DENIED);
                assertThat(denied.getDetail()).isEqualTo("via CONSOLE: " + PRIVATE);
            });
            MonitorableCall offered = offered(callId);
            assertThat(offered.allowedModes()).isEmpty();
            assertThat(offered.whyNot()).isEqualTo(PRIVATE);
            assertThat(As.user("agent3", monitoring::myCallPrivacy)).get().extracting(CallPrivacy::markedPrivate).isEqualTo(true);
        });
    }

    /** A takeover cannot be undone, so the call is the supervisor's and marking it private is refused. */
    @Test
    void aCallTakenOverCannotBeMarkedPrivate() throws Exception {
        letBillingAgentsMarkPrivate(true);
        onAgent3sBillingCall((callId, before, supervisorPhone) -> {
            MonitoringSessionView takeover = connectedSession(callId, MonitoringMode.TAKEOVER);

            assertThat(markingRefused("agent3", callId)).isEqualTo("A supervisor has taken the call over; it cannot be marked private");
            assertMarkingDenied("agent3", callId, before, "taken the call over");
            assertThat(mySession(takeover.id())).as("the takeover goes on").extracting(MonitoringSessionView::state)
                    .isEqualTo("CONNECTED");
            // Hung up here so that the supervisor's phone answers Earshot's BYE before it is stopped; a BYE
            // retransmitted to a stopped phone's port would reach the next test's phone if it got that port.
            BillingCalls.hangUpLatest(records, callControl, before);
            assertThat(Phones.hungUpByEarshot(supervisorPhone)).as("the supervisor had the call until it ended").isTrue();
        });
    }

    /** What a test does on agent3's call through the Billing queue, with sup.billing's phone ready to be rung. */
    private interface OnCall {
        void run(String callId, Instant before, Process supervisorPhone) throws Exception;
    }

    /** Puts a caller through the Billing queue to agent3, runs the test, then hangs up and sets the queue back. */
    private void onAgent3sBillingCall(OnCall test) throws Exception {
        int agentPhone = Phones.registeredPhone("1003");
        Process supervisorPhone = Phones.supervisorPhone("2001", "sip-2001-demo");
        Instant before = Instant.now();
        Phones.Call call = null;
        try {
            assertThat(Phones.dialFeatureCode("*60", "1003", agentPhone)).as("*60 confirmed from agent3's phone").isTrue();
            call = Phones.callQueue("6001", agentPhone, TALK);
            test.run(BillingCalls.answeredSince(records, before, "6001"), before, supervisorPhone);
        } finally {
            letBillingAgentsMarkPrivate(false);
            BillingCalls.hangUpLatest(records, callControl, before);
            if (call != null) {
                call.stopPhones();
            }
            supervisorPhone.destroyForcibly();
            Phones.dialFeatureCode("*61", "1003", agentPhone);
        }
    }

    /** Starts monitoring as sup.billing and waits until their phone answered. */
    private MonitoringSessionView connectedSession(String callId, MonitoringMode mode) throws Exception {
        MonitoringSessionView started = As.user("sup.billing",
                () -> monitoring.start(callId, mode, MonitoringPurpose.QUALITY_ASSURANCE, null, MonitoringChannel.CONSOLE));
        return eventually(() -> mySession(started.id()), s -> s != null && s.state().equals("CONNECTED"));
    }

    private String markingRefused(String user, String callId) {
        Throwable refused = catchThrowable(() -> As.user(user, () -> monitoring.markPrivate(callId)));
        assertThat(refused).as(user + " marking " + callId + " private").isInstanceOf(MonitoringRefusedException.class);
        return refused.getMessage();
    }

    private void assertMarkingDenied(String user, String callId, Instant since, String reason) {
        assertThat(AuditTrail.of(audit, user, callId, since)).filteredOn(e -> e.is(MonitoringAuditAction.CALL_MARK_PRIVATE))
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

    private static void letBillingAgentsMarkPrivate(boolean allowed) throws Exception {
        BillingPolicy.turn("agents_may_mark_private", allowed);
    }

    private static <T> T eventually(Callable<T> question, Predicate<T> fits) throws Exception {
        return Eventually.answer(question, fits, PATIENCE);
    }
}
