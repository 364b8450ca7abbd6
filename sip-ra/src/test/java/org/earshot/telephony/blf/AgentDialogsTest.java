package org.earshot.telephony.blf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitoringMode;
import org.junit.jupiter.api.Test;

/**
 * The dialogs of each extension as the call events make them: early when the agent's phone rings,
 * confirmed when answered, terminated at the end or when another agent takes the call (the next
 * queue member offered, a transfer, a supervisor's takeover), never going back.
 */
class AgentDialogsTest {

    private final AgentDialogs dialogs = new AgentDialogs();

    @Test
    void aDirectCallRingsIsAnsweredAndEndsForTheAgentAndTheCallingExtension() {
        assertThat(dialogs.apply(event(CallEvent.Type.RINGING, "1002", null))).containsExactly("1002", "1001");
        assertThat(states("1002")).containsExactly("c1 recipient EARLY 1001");
        assertThat(states("1001")).containsExactly("c1 initiator EARLY 1002");
        dialogs.apply(event(CallEvent.Type.ANSWERED, "1002", null));
        assertThat(states("1002")).containsExactly("c1 recipient CONFIRMED 1001");
        assertThat(dialogs.apply(event(CallEvent.Type.HELD, "1002", "agent"))).isEmpty();

        assertThat(dialogs.apply(event(CallEvent.Type.ENDED, "1002", "caller hung up"))).containsExactly("1002", "1001");
        assertThat(states("1002")).containsExactly("c1 recipient TERMINATED 1001");
        dialogs.forgetEnded("1002");
        assertThat(dialogs.of("1002")).isEmpty();
    }

    @Test
    void theNextQueueMemberOfferedEndsTheFormerOnesDialogAndTheQueuedCallerStaysConfirmed() {
        dialogs.apply(event(CallEvent.Type.QUEUED, null, "1"));
        dialogs.apply(event(CallEvent.Type.RINGING, "1002", null));

        assertThat(dialogs.apply(event(CallEvent.Type.RINGING, "1003", null))).containsExactly("1002", "1003");
        assertThat(states("1002")).containsExactly("c1 recipient TERMINATED 1001");
        assertThat(states("1003")).containsExactly("c1 recipient EARLY 1001");
        assertThat(states("1001")).as("answered by the queue, never back to early").containsExactly("c1 initiator CONFIRMED 7000");
    }

    @Test
    void aTransferEndsTheFormerAgentsDialogAndATakeoverTheAgentsOwn() {
        dialogs.apply(event(CallEvent.Type.ANSWERED, "1002", null));

        assertThat(dialogs.apply(event(CallEvent.Type.TRANSFERRING, "1002", "1003"))).containsExactly("1003");
        assertThat(states("1002")).as("the transferring agent still has the caller").containsExactly("c1 recipient CONFIRMED 1001");
        assertThat(states("1003")).as("the target rings").containsExactly("c1 recipient EARLY 1001");
        assertThat(dialogs.apply(event(CallEvent.Type.TRANSFERRED, "1003", "1003"))).containsExactly("1002", "1003");
        assertThat(states("1002")).containsExactly("c1 recipient TERMINATED 1001");
        assertThat(states("1003")).containsExactly("c1 recipient CONFIRMED 1001");
        CallEvent takeover = new CallEvent("c1", CallEvent.Type.MONITOR_MODE_CHANGED, Instant.now(), "1001", "1002", null, "1003",
                "LISTEN -> TAKEOVER", null, new CallEvent.Monitor("s1", "2001", MonitoringMode.TAKEOVER));
        assertThat(dialogs.apply(takeover)).containsExactly("1003");
        assertThat(states("1003")).containsExactly("c1 recipient TERMINATED 1001");
        assertThat(dialogs.apply(event(CallEvent.Type.ENDED, "1003", "supervisor hung up"))).as("only the caller's is left")
                .isEqualTo(Set.of("1001"));
    }

    @Test
    void aFailedTransferEndsTheTargetsDialogAndTheAgentKeepsTheCall() {
        dialogs.apply(event(CallEvent.Type.ANSWERED, "1002", null));
        dialogs.apply(event(CallEvent.Type.TRANSFERRING, "1002", "1003"));

        assertThat(dialogs.apply(event(CallEvent.Type.TRANSFER_FAILED, "1002", "1003: 486 Busy Here"))).containsExactly("1003");
        assertThat(states("1003")).containsExactly("c1 recipient TERMINATED 1001");
        assertThat(states("1002")).containsExactly("c1 recipient CONFIRMED 1001");
        dialogs.forgetEnded("1003");
        dialogs.apply(event(CallEvent.Type.TRANSFERRING, "1002", "1004"));
        assertThat(dialogs.apply(event(CallEvent.Type.ENDED, "1002", "agent hung up")))
                .as("the call ending while the target rings ends its dialog too").contains("1002", "1004");
        assertThat(states("1004")).containsExactly("c1 recipient TERMINATED 1001");
    }

    private static CallEvent event(CallEvent.Type type, String agent, String detail) {
        return new CallEvent("c1", type, Instant.now(), "1001", type == CallEvent.Type.QUEUED ? "7000" : "1002", null, agent,
                detail, null);
    }

    private List<String> states(String extension) {
        return dialogs.of(extension).stream().map(dialog -> dialog.callId() + " " + (dialog.initiator() ? "initiator" : "recipient")
                + " " + dialog.state() + " " + dialog.remote()).toList();
    }
}
