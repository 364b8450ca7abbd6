package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.earshot.monitoring.MonitoringAuditAction;
import org.earshot.audit.AuditEntry;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallFilter;
import org.earshot.calls.CallRecord;
import org.earshot.calls.CallRecordService;
import org.earshot.calls.CallState;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.monitoring.MonitoringService;
import org.earshot.monitoring.MonitoringSessionView;
import org.earshot.query.PageRequest;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.testing.Baresip;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.ToneWindows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitoring from a supervisor's own softphone, as on the demo: a caller (headless baresip sending
 * a 440 Hz tone and recording what it hears) calls demo agent2 (1002, a sipp desk phone sending
 * silence); sup.billing's baresip (2001, sending 1000 Hz) dials {@code *811002}, presses 2 and then
 * 4 (RFC 4733), and the caller ends up talking to the supervisor. The tests' server challenges
 * REGISTERs with MD5 and SHA-256, which baresip 1.0 gives up on, so sipp registers the softphone's
 * contact (the port baresip then listens and sends from): for Earshot it is a registered device of
 * 2001 all the same. The demo walk-through (docs/demo.md) does it with baresip registering itself.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringByPhoneIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration PHONE_LIFETIME = Duration.ofSeconds(60);
    private static final int CALLER_TONE = 440;
    private static final int SUPERVISOR_TONE = 1000;
    private static final String EARSHOT_SIP_PORT = System.getProperty("it.sip-port", "5360");
    /** How long the supervisor listens, and then whispers, before the next key: long enough to tell from the recording. */
    private static final Duration IN_EACH_MODE = Duration.ofSeconds(2);

    @EJB
    private MonitoringService monitoring;

    @EJB
    private CallRecordService records;

    @EJB
    private AuditService audit;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void aSupervisorsSoftphoneListensByCodeWhispersAndTakesOverByKeysAndTheCallerThenTalksToIt() throws Exception {
        int earshot = Integer.parseInt(EARSHOT_SIP_PORT);
        int supervisorPort = FreePorts.udpAndTcpWithNextTcp();
        Phones.register("2001", "sip-2001-demo", supervisorPort);
        Process agent = Phones.answeringAgent("1002");
        Instant before = Instant.now();
        Baresip caller = Baresip.unregistered("caller", FreePorts.udpAndTcpWithNextTcp(), earshot, CALLER_TONE, FreePorts.udpBlock(4),
                PHONE_LIFETIME);
        Baresip supervisor = Baresip.unregistered("2001", supervisorPort, earshot, SUPERVISOR_TONE, FreePorts.udpBlock(4),
                PHONE_LIFETIME);
        String callId;
        try {
            caller.dial("1002");
            callId = answeredCallSince(before, "1002");

            supervisor.dial("*811002");
            MonitoringSessionView session = sessionOnCall(callId, MonitoringMode.LISTEN);
            assertThat(session.purpose()).as("sup.billing's default purpose").isEqualTo(MonitoringPurpose.QUALITY_ASSURANCE);
            Thread.sleep(IN_EACH_MODE.toMillis());
            supervisor.press("2");
            sessionOnCall(callId, MonitoringMode.WHISPER);
            Thread.sleep(IN_EACH_MODE.toMillis());
            supervisor.press("4");
            sessionOnCall(callId, MonitoringMode.TAKEOVER);
            assertThat(Phones.hungUpByEarshot(agent)).as("the agent's phone got BYE on the takeover").isTrue();
            Thread.sleep(IN_EACH_MODE.toMillis()); // caller and supervisor talk
            caller.hangUp();
            Eventually.answer(() -> As.user("sup.billing", monitoring::mySessions), List::isEmpty, PATIENCE);
        } finally {
            caller.close();
            supervisor.close();
            agent.destroyForcibly();
        }

        assertThat(caller.log()).as("the caller's phone got one stream from Earshot throughout: relayed, mixed, taken over")
                .doesNotContain("SSRC changed").doesNotContain("discard");
        ToneWindows callerHeard = ToneWindows.of(caller.received(), CALLER_TONE, SUPERVISOR_TONE);
        int listenedAndWhispered = (int) (2 * IN_EACH_MODE.toSeconds() * 2); // half-second windows
        assertThat(callerHeard.count(SUPERVISOR_TONE)).as("the caller hears the supervisor from the takeover on: " + callerHeard)
                .isPositive().isGreaterThanOrEqualTo(callerHeard.size() - callerHeard.first(SUPERVISOR_TONE) - 1);
        assertThat(callerHeard.first(SUPERVISOR_TONE)).as("but never while it listened or whispered: " + callerHeard)
                .isGreaterThanOrEqualTo(listenedAndWhispered);
        assertThat(callerHeard.count(CALLER_TONE)).as("nor itself: " + callerHeard).isZero();
        ToneWindows supervisorHeard = ToneWindows.of(supervisor.received(), CALLER_TONE, SUPERVISOR_TONE);
        assertThat(supervisorHeard.count(CALLER_TONE)).as("the supervisor hears the caller: " + supervisorHeard).isPositive();
        assertThat(supervisorHeard.count(SUPERVISOR_TONE)).as("but not itself: " + supervisorHeard).isZero();

        List<AuditEntry> story = auditOf("sup.billing", callId, before);
        assertThat(story).extracting(AuditEntry::getAction).as("the audit story: %s", story.stream().map(AuditEntry::getDetail).toList())
                .containsExactly(MonitoringAuditAction.MONITOR_START.qualifiedName(),
                MonitoringAuditAction.MONITOR_MODE_CHANGE.qualifiedName(), MonitoringAuditAction.MONITOR_MODE_CHANGE.qualifiedName(), MonitoringAuditAction.MONITOR_END.qualifiedName());
        assertThat(story).allSatisfy(e -> {
            assertThat(e.getOutcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(e.getAgent()).isEqualTo("agent2");
            assertThat(e.getPurpose()).isEqualTo("QUALITY_ASSURANCE");
        });
        assertThat(story.get(0).getDetail()).contains("via FEATURE_CODE: started in LISTEN").contains("(purpose: default)");
        assertThat(story.get(1).getDetail()).contains("via PHONE_KEY: LISTEN -> WHISPER by key 2");
        assertThat(story.get(2).getDetail()).contains("via PHONE_KEY: WHISPER -> TAKEOVER by key 4");
        assertThat(story.get(3).getDetail()).contains("via TELEPHONY: ended: call ended");
    }

    @Test
    void aCodeForAModeTheGrantDoesNotAllowIsRefusedWithTheReasonAndAudited() throws Exception {
        Instant before = Instant.now();
        Phones.Call call = Phones.callAgent("1002", Duration.ofSeconds(10));
        try {
            String callId = answeredCallSince(before, "1002");
            String told = Phones.refusedMonitorCode("*821002", "2003", "sip-2003-demo"); // qa may only listen

            assertThat(told).contains("SIP/2.0 403 Monitoring refused").containsPattern("Warning: 399 earshot \".*WHISPER.*\"");
            List<AuditEntry> denied = auditOf("qa", callId, before);
            assertThat(denied).singleElement().satisfies(e -> {
                assertThat(e.getAction()).isEqualTo(MonitoringAuditAction.MONITOR_START.qualifiedName());
                assertThat(e.getOutcome()).isEqualTo(AuditOutcome.DENIED);
                assertThat(e.getMode()).isEqualTo("WHISPER");
                assertThat(e.getAgent()).isEqualTo("agent2");
                assertThat(e.getDetail()).startsWith("via FEATURE_CODE: ");
                assertThat(told).contains(e.getDetail().substring("via FEATURE_CODE: ".length()));
            });
            assertThat(call.wentAsScripted()).as("the call went on as if nothing happened").isTrue();
        } finally {
            call.stopPhones();
        }
    }

    /** The session of sup.billing on the call once it is connected in the mode. */
    private MonitoringSessionView sessionOnCall(String callId, MonitoringMode mode) throws Exception {
        return Eventually.answer(() -> As.user("sup.billing", monitoring::mySessions).stream()
                        .filter(s -> s.callId().equals(callId)).findFirst(),
                s -> s.isPresent() && s.get().state().equals("CONNECTED") && s.get().mode() == mode, PATIENCE).orElseThrow();
    }

    private String answeredCallSince(Instant since, String dialed) throws Exception {
        return Eventually.answer(() -> latestCall(since, dialed), r -> r.isPresent() && r.get().getState() == CallState.ANSWERED,
                PATIENCE).orElseThrow().getCallId();
    }

    private Optional<CallRecord> latestCall(Instant since, String dialed) throws Exception {
        return As.user("sup.billing", () -> records.findCalls(new CallFilter(since, null, null, null, dialed), PageRequest.firstPage(1)))
                .items().stream().findFirst();
    }

    private List<AuditEntry> auditOf(String actor, String callId, Instant since) {
        return AuditTrail.of(audit, actor, callId, since);
    }
}
