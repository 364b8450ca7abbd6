package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.earshot.telephony.api.AgentStateReport;
import org.earshot.telephony.queue.QueuePolicy;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Queues;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A queue agent refuses the call (a real sipp phone answering 486 Busy Here): as docs/queues.md
 * promises, the agent is skipped for this caller and is idle again, the next member is offered the
 * call, and with nobody left the caller, answered by Earshot, waits on until the longest wait. The
 * retry pause is longer than the longest wait here, so every member is offered the call once.
 */
class QueueAgentRefusesSippTest {

    private static final QueuePolicy ONE_ROUND = new QueuePolicy(Duration.ofSeconds(3), Duration.ofSeconds(2),
            Duration.ofSeconds(30), Duration.ZERO);

    private final Queues queues = new Queues();

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1001", "secret-1001").add("1002", "secret-1002"),
            queues, settings -> settings.withQueuePolicy(ONE_ROUND));

    @Test
    void refusingAgentIsSkippedAndTheNextMemberAnswers() throws Exception {
        queues.add("Support", "7000", "1001", "1002");
        Sipp.Running busy = refusing("1002", 1);
        Sipp.Running answers = earshot.registeredPhone("agent_answers_tone.xml", "1001", "secret-1001", 2, 1200)
                .startAgainst(earshot.port());
        logInLongestIdleFirst("1002", "1001");

        Sipp.Result caller = earshot.phone("queue_caller.xml", 0, 1000).arg("-s", "7000", "-rtp_echo", "-d", "2500")
                .runAgainst(earshot.port());

        assertSucceeded(caller, busy.finish(), answers.finish());
        assertThat(earshot.events()).extracting(event -> event.type() + " " + event.agent())
                .containsExactly("QUEUED null", "RINGING 1002", "RINGING 1001", "ANSWERED 1001", "ENDED 1001");
        assertThat(earshot.events().get(4).detail()).isEqualTo("caller hung up");
        assertThat(earshot.server().agents().stateOf("1002").activity()).isEqualTo(AgentStateReport.Activity.IDLE);
        earshot.assertNoCallLeft();
    }

    @Test
    void callerRefusedByEveryMemberWaitsUntilTheLongestWait() throws Exception {
        queues.add("Support", "7000", "1001", "1002");
        Sipp.Running first = refusing("1002", 1);
        Sipp.Running second = refusing("1001", 2);
        logInLongestIdleFirst("1002", "1001");

        Sipp.Running caller = earshot.phone("caller_hung_up_on.xml", 0, 1000).arg("-s", "7000", "-key", "caller", "+331")
                .startAgainst(earshot.port());
        assertSucceeded(first.finish(), second.finish());
        assertThat(earshot.server().activeCalls()).as("the caller still waits after every member refused").hasSize(1);
        Sipp.Result hungUpOn = caller.finish();

        assertSucceeded(hungUpOn);
        assertThat(earshot.events()).extracting(event -> event.type() + " " + event.agent())
                .containsExactly("QUEUED null", "RINGING 1002", "RINGING 1001", "ENDED 1001");
        assertThat(earshot.events().get(3).detail()).isEqualTo("no agent answered within 3 s");
        assertThat(earshot.server().agents().stateOf("1001").activity()).isEqualTo(AgentStateReport.Activity.IDLE);
        assertThat(earshot.server().agents().stateOf("1002").activity()).isEqualTo(AgentStateReport.Activity.IDLE);
        earshot.assertNoCallLeft();
    }

    /** A member's phone that rings and refuses 200 ms later with 486 Busy Here. */
    private Sipp.Running refusing(String agent, int phone) throws Exception {
        return earshot.registeredPhone("agent_busy.xml", agent, "secret-" + agent, phone, 2600)
                .arg("-d", "200").startAgainst(earshot.port());
    }

    private void logInLongestIdleFirst(String... agents) throws InterruptedException {
        for (String agent : agents) {
            earshot.server().agents().logIn(agent, List.of("7000"));
            Thread.sleep(50);
        }
    }

    private static void assertSucceeded(Sipp.Result... phones) {
        for (Sipp.Result phone : phones) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
    }
}
