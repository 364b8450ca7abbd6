package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.earshot.access.AccessDeniedException;
import org.earshot.access.GrantService;
import org.earshot.calls.AgentStatus;
import org.earshot.calls.CallFilter;
import org.earshot.calls.CallRecord;
import org.earshot.calls.CallRecordService;
import org.earshot.calls.CallState;
import org.earshot.calls.CallStateChange;
import org.earshot.calls.LiveAgent;
import org.earshot.calls.TelephonyRecorder;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.Team;
import org.earshot.organization.User;
import org.earshot.query.PageRequest;
import org.earshot.telephony.api.AgentStateReport.Activity;
import org.earshot.telephony.api.AgentStateReport.Presence;
import org.earshot.telephony.api.AgentStateReport;
import org.earshot.telephony.api.CallControl;
import org.earshot.telephony.api.CallControlFactory;
import org.earshot.telephony.api.CallEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calls placed with real sipp phones through the deployed resource adapter end up as call records
 * in PostgreSQL, by way of the call event MDB; the services show them only within scope, and the
 * CallControl connection factory hangs a call up. Only Earshot's listeners may write the records,
 * and an agent's first events arriving together are all kept. Demo agent 1002 is agent2, team Billing.
 */
@ExtendWith(ArquillianExtension.class)
class CallRecordsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @EJB
    private CallRecordService records;

    @EJB
    private TelephonyRecorder recorder;

    @EJB
    private OrganizationService organization;

    @EJB
    private GrantService grants;

    @EJB
    private MonitoringGroupService groups;

    @Resource(lookup = "java:/eis/earshot/CallControl")
    private CallControlFactory callControl;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void answeredCallIsRecordedWithItsTimesDispositionAndMediaAndSeenOnlyInScope() throws Exception {
        Instant before = Instant.now();
        Phones.Call call = Phones.callAgent("1002", Duration.ofSeconds(3));
        assertThat(call.wentAsScripted()).as("both phones went as scripted").isTrue();

        CallRecord record = eventually(() -> latestCallSince(before, "sup.billing"), r -> r != null && r.getState() == CallState.ENDED);
        assertThat(record.getAgent().getUsername()).isEqualTo("agent2");
        assertThat(record.getAgentExtension()).isEqualTo("1002");
        assertThat(record.getDialed()).isEqualTo("1002");
        assertThat(record.getRingingAt()).isAfterOrEqualTo(record.getStartedAt());
        assertThat(record.getAnsweredAt()).isAfter(record.getRingingAt());
        assertThat(record.getEndedAt()).isAfter(record.getAnsweredAt());
        assertThat(record.getDisposition()).isEqualTo("caller hung up");
        // 3 s at 50 packets a second, each way through Earshot
        assertThat(record.getPacketsFromCaller()).isGreaterThan(100);
        assertThat(record.getPacketsToAgent()).isGreaterThan(100);
        assertThat(record.getPacketsFromAgent()).isGreaterThan(100);
        assertThat(record.getPacketsToCaller()).isGreaterThan(100);

        String callId = record.getCallId();
        assertThat(As.user("sup.billing", () -> records.getCall(callId)).getChanges()).extracting(CallStateChange::getType)
                .containsExactly("RINGING", "ANSWERED", "ENDED");
        assertThat(callIdsSince(before, "agent2")).as("the agent's own call").contains(callId);
        assertThat(callIdsSince(before, "sup.support")).as("another team's supervisor").doesNotContain(callId);
        assertThat(callIdsSince(before, "agent1")).as("another agent").doesNotContain(callId);
        assertThatThrownBy(() -> As.user("sup.support", () -> records.getCall(callId))).isInstanceOf(AccessDeniedException.class);

        List<LiveAgent> billingFloor = As.user("sup.billing", records::liveAgents);
        assertThat(billingFloor).filteredOn(a -> a.username().equals("agent2")).singleElement()
                .satisfies(agent -> assertThat(agent.status()).isEqualTo(AgentStatus.IDLE));
        assertThat(As.user("sup.support", records::liveAgents)).extracting(LiveAgent::username).doesNotContain("agent2");
    }

    @Test
    void earshotHangsUpAnAnsweredCallThroughTheCallControlConnectionFactory() throws Exception {
        Instant before = Instant.now();
        Phones.Call call = Phones.callAgent("1002", Duration.ofSeconds(20));
        try {
            CallRecord answered = eventually(() -> latestCallSince(before, "sup.billing"),
                    r -> r != null && r.getState() == CallState.ANSWERED);
            assertThat(As.user("sup.billing", records::liveAgents)).filteredOn(a -> a.username().equals("agent2"))
                    .singleElement().satisfies(agent -> assertThat(agent.status()).isEqualTo(AgentStatus.ON_CALL));

            try (CallControl control = callControl.getConnection()) {
                assertThat(control.hangUp(answered.getCallId())).isTrue();
                assertThat(control.hangUp(answered.getCallId())).as("already ended").isFalse();
            }

            CallRecord ended = eventually(() -> latestCallSince(before, "sup.billing"), r -> r.getState() == CallState.ENDED);
            assertThat(ended.getDisposition()).isEqualTo("hung up by Earshot");
        } finally {
            call.stopPhones();
        }
    }

    @Test
    void queueCallIsOfferedToTheAgentLoggedInByFeatureCodeAndRecordedWithItsQueue() throws Exception {
        int phone = Phones.registeredPhone("1003"); // agent3, member of Billing (6001) in the demo data
        assertThat(Phones.dialFeatureCode("*60", "1003", phone)).as("*60 confirmed from agent3's phone").isTrue();
        try {
            Instant before = Instant.now();
            // the demo queue announces that calls may be monitored (about 3 s) before the agent rings
            Phones.Call call = Phones.callQueue("6001", phone, Duration.ofSeconds(6));
            assertThat(call.wentAsScripted()).as("caller and agent went as scripted").isTrue();

            CallRecord record = eventually(() -> As.user("sup.billing", () -> records.findCalls(
                    new CallFilter(before, null, null, null, "6001"), PageRequest.firstPage(1))).items().stream().findFirst()
                    .orElse(null), r -> r != null && r.getState() == CallState.ENDED);
            assertThat(record.getQueue().getName()).isEqualTo("Billing");
            assertThat(record.getAgentExtension()).as("the agent who took the queue call").isEqualTo("1003");
            assertThat(record.getAgent().getUsername()).isEqualTo("agent3");
            assertThat(record.getPacketsToCaller()).as("agent audio relayed to the caller").isGreaterThan(50);
            List<String> history = As.user("sup.billing", () -> records.getCall(record.getCallId())).getChanges().stream()
                    .map(CallStateChange::getType).toList();
            // the demo's Billing announcement, reported once the caller heard it through, before joining the line
            assertThat(history).filteredOn(type -> !type.startsWith("RECORDING_"))
                    .containsExactly("NOTICE_PLAYED", "QUEUED", "RINGING", "ANSWERED", "ENDED");
            // the demo's Billing policy records every call
            assertThat(history).contains("RECORDING_STARTED", "RECORDING_STOPPED");
        } finally {
            Phones.dialFeatureCode("*61", "1003", phone);
        }
    }

    @Test
    void noUserMayKeepCallEventsOrAgentStatesOnlyEarshotsListenersMay() {
        CallEvent forged = new CallEvent("forged-" + System.nanoTime(), CallEvent.Type.RINGING, Instant.now(), "555", "1002", null,
                "1002", null, null);
        AgentStateReport loggedIn = new AgentStateReport("1002", Set.of("6001"), Presence.AVAILABLE, Activity.IDLE, Instant.now());
        for (String user : List.of("admin", "sup.billing", "agent2")) {
            assertThatThrownBy(() -> As.user(user, () -> recorder.record(forged))).as(user).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> As.user(user, () -> recorder.record(loggedIn))).as(user).isInstanceOf(EJBAccessException.class);
        }
        assertThatThrownBy(() -> recorder.record(forged)).as("without a login").isInstanceOf(EJBAccessException.class);
        assertThat(As.user("sup.billing", () -> records.findCalls(new CallFilter(null, null, null, null, forged.callId()),
                PageRequest.firstPage(1))).total()).as("records of the forged call").isZero();
    }

    @Test
    void firstCallEventsOfANewAgentArrivingTogetherAreAllKept() throws Exception {
        OrgFixture fixture = new OrgFixture(organization, grants, groups);
        String extension = "7" + (System.nanoTime() % 100_000);
        // A team of its own, so that the demo teams keep their members for the other tests.
        Team newcomers = fixture.team("Newcomers", organization.findByUsername("agent1").getSite());
        User agent = fixture.agent("newcomer", newcomers, extension);
        int calls = 8;
        CyclicBarrier together = new CyclicBarrier(calls);
        ExecutorService listeners = Executors.newFixedThreadPool(calls);
        try {
            // Each call's first event in its own transaction, all at once, as the adapter delivers
            // different calls in parallel: each finds the agent without a state row.
            List<Future<CallRecord>> kept = new ArrayList<>();
            for (int call = 0; call < calls; call++) {
                CallEvent ringing = new CallEvent("together-" + extension + "-" + call, CallEvent.Type.RINGING, Instant.now(),
                        "555", extension, null, extension, null, null);
                kept.add(listeners.submit(() -> {
                    together.await();
                    return As.system(() -> recorder.record(ringing));
                }));
            }
            for (Future<CallRecord> record : kept) {
                assertThat(record.get(30, TimeUnit.SECONDS).getAgent().getId()).isEqualTo(agent.getId());
            }
        } finally {
            listeners.shutdownNow();
        }

        assertThat(As.user("compliance", () -> records.findCalls(new CallFilter(null, null, null, agent.getId(), null),
                PageRequest.firstPage(50))).total()).isEqualTo(calls);
        assertThat(As.user("compliance", records::liveAgents)).filteredOn(a -> a.extension().equals(extension)).singleElement()
                .satisfies(live -> assertThat(live.status()).isEqualTo(AgentStatus.RINGING));
    }

    private CallRecord latestCallSince(Instant since, String user) {
        return As.user(user, () -> records.findCalls(new CallFilter(since, null, null, null, "1002"), PageRequest.firstPage(1)))
                .items().stream().findFirst().orElse(null);
    }

    private List<String> callIdsSince(Instant since, String user) {
        return As.user(user, () -> records.findCalls(new CallFilter(since, null, null, null, null), PageRequest.firstPage(50)))
                .items().stream().map(CallRecord::getCallId).toList();
    }

    private static <T> T eventually(Callable<T> question, Predicate<T> fits) throws Exception {
        return Eventually.answer(question, fits, PATIENCE);
    }
}
