package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.earshot.telephony.api.AgentStateReport.Activity;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.queue.QueuePolicy;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Queues;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An agent who leaves a call that goes on (it transferred the caller, or a supervisor took the call
 * over) is free for the queue again after its wrap-up, while that call is still under way: the next
 * queue caller is offered to it (real sipp phones). The transfer's target is on the call meanwhile.
 */
class ReleasedAgentSippTest {

    private static final Duration WRAP_UP = Duration.ofSeconds(1);
    private static final QueuePolicy QUICK = new QueuePolicy(Duration.ofSeconds(10), Duration.ofSeconds(2),
            Duration.ofSeconds(1), WRAP_UP);

    private final Queues queues = new Queues();

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002").add("1003", "secret-1003")
            .add("1005", "secret-1005"), queues, settings -> settings.withQueuePolicy(QUICK));

    @Test
    void anAgentWhoTransferredTheCallIsOfferedTheNextQueueCallerWhileTheTargetTalks() throws Exception {
        queues.add("Support", "7000", "1002");
        Sipp.Running target = earshot.registeredPhone("agent_answers_tone.xml", "1003", "secret-1003", 2, 2600)
                .startAgainst(earshot.port());
        Sipp.Running transferring = earshot.registeredPhone("agent_transfers.xml", "1002", "secret-1002", 1, 1200)
                .arg("-d", "1000", "-key", "target", "1003").startAgainst(earshot.port());
        earshot.server().agents().logIn("1002", List.of("7000"));
        Sipp.Running firstCaller = queueCaller(0).arg("-d", "7000").startAgainst(earshot.port());

        CallEvent transferring1003 = earshot.awaitEvent(CallEvent.Type.TRANSFERRING);
        CallEvent transferred = earshot.awaitEvent(CallEvent.Type.TRANSFERRED);
        assertThat(earshot.server().agents().stateOf("1002").activity()).as("the agent who left wraps up")
                .isEqualTo(Activity.WRAP_UP);
        assertThat(earshot.server().agents().stateOf("1003").activity()).as("the target is on the call")
                .isEqualTo(Activity.ON_CALL);
        Sipp.Running secondCaller = queueCaller(3).arg("-d", "2500").startAgainst(earshot.port());
        CallEvent offered = earshot.awaitEvent(CallEvent.Type.RINGING,
                event -> !event.callId().equals(transferred.callId()));

        assertThat(offered.agent()).isEqualTo("1002");
        assertThat(earshot.server().activeCalls()).extracting(ActiveCall::callId)
                .as("the transferred call is still under way").contains(transferred.callId());
        assertThat(transferring1003.detail()).isEqualTo("1003");
        assertThat(transferring1003.agent()).as("the transferring agent has the call while the target rings").isEqualTo("1002");
        assertSucceeded(transferring.finish(), secondCaller.finish(), firstCaller.finish(), target.finish());
        assertThat(earshot.eventTypes()).containsSubsequence(CallEvent.Type.QUEUED, CallEvent.Type.RINGING,
                CallEvent.Type.ANSWERED, CallEvent.Type.TRANSFERRING, CallEvent.Type.TRANSFERRED);
    }

    @Test
    void anAgentReleasedByATakeoverAnswersTheNextQueueCallerWhileTheSupervisorTalks() throws Exception {
        queues.add("Support", "7000", "1002");
        Sipp.Running agent = earshot.registeredPhone("agent_answers_tone.xml", "1002", "secret-1002", 1, 1200).calls(2)
                .startAgainst(earshot.port());
        earshot.server().agents().logIn("1002", List.of("7000"));
        Sipp.Running firstCaller = queueCaller(0).arg("-d", "4000").startAgainst(earshot.port());
        String taken = earshot.awaitEvent(CallEvent.Type.ANSWERED).callId();
        Sipp.Running supervisor = earshot.registeredPhone("supervisor_answers.xml", "1005", "secret-1005", 2, 1800)
                .arg("-key", "rtp_port", String.valueOf(earshot.phoneMedia(10))).startAgainst(earshot.port());

        earshot.server().callControl().monitor(taken, "1005", MonitoringMode.TAKEOVER);
        earshot.awaitEvent(CallEvent.Type.MONITOR_STARTED);
        Sipp.Running secondCaller = queueCaller(3).arg("-d", "8000").startAgainst(earshot.port());
        CallEvent answered = earshot.awaitEvent(CallEvent.Type.ANSWERED, event -> !event.callId().equals(taken));

        assertThat(answered.agent()).isEqualTo("1002");
        assertThat(earshot.server().activeCalls()).extracting(ActiveCall::callId)
                .as("the call taken over is still under way").contains(taken);
        earshot.awaitEvent(CallEvent.Type.ENDED, event -> event.callId().equals(taken));
        assertSucceeded(firstCaller.finish(), supervisor.finish());
        assertThat(earshot.server().agents().stateOf("1002").activity())
                .as("the end of the call taken over leaves the agent on its next call").isEqualTo(Activity.ON_CALL);
        assertSucceeded(secondCaller.finish(), agent.finish());
    }

    /** A caller to queue 7000, echoing the queue prompt back, who hangs up after -d ms. */
    private Sipp queueCaller(int phone) throws Exception {
        return earshot.phone("queue_caller.xml", phone, 1000).arg("-s", "7000", "-rtp_echo");
    }

    private static void assertSucceeded(Sipp.Result... phones) {
        for (Sipp.Result phone : phones) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
    }
}
