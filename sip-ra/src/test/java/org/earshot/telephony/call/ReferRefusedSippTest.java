package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * REFERs Earshot turns down (real sipp phones): a caller's (only agents transfer: 403) and an
 * agent's attended transfer (Refer-To with Replaces: 501, not built yet). Either way the call goes
 * on as before: audio flows both ways after the refusal, and a later BYE ends it normally.
 */
class ReferRefusedSippTest {

    /** Each party refers 2.5 s into the call, which lasts 5 s from the caller's side. */
    private static final int REFER_AFTER_MILLIS = 2500;

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002").add("1003", "secret-1003"));

    @Test
    void callerCannotTransferTheCallAndTalksOn() throws Exception {
        Sipp.Running agent = earshot.registeredPhone("agent_answers_tone.xml", "1002", "secret-1002", 1, 2600)
                .startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone("caller_refers.xml", 0, 1000)
                .arg("-s", "1002", "-d", String.valueOf(REFER_AFTER_MILLIS), "-key", "target", "1003").startAgainst(earshot.port());

        assertAudioFlowsAfterTheRefer();
        Sipp.Result callerDone = caller.finish();

        assertSucceeded(callerDone, agent.finish());
        assertThat(callerDone.logged()).contains("SIP/2.0 403 Only the agent can transfer the call");
        assertCallWentOnUntilTheCallerHungUp();
    }

    @Test
    void attendedTransferIsNotImplementedAndTheCallGoesOn() throws Exception {
        Sipp.Running agent = earshot.registeredPhone("agent_refers_with_replaces.xml", "1002", "secret-1002", 1, 2600)
                .arg("-d", String.valueOf(REFER_AFTER_MILLIS), "-key", "target", "1003").startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone("caller_tone.xml", 0, 1000).arg("-s", "1002", "-d", String.valueOf(2 * REFER_AFTER_MILLIS))
                .startAgainst(earshot.port());

        assertAudioFlowsAfterTheRefer();
        Sipp.Result agentDone = agent.finish();

        assertSucceeded(caller.finish(), agentDone);
        assertThat(agentDone.logged()).contains("SIP/2.0 501 Attended transfer (Replaces) is not supported");
        assertCallWentOnUntilTheCallerHungUp();
    }

    /** From the answer, past the REFER and its refusal, and a second of audio both ways before the caller hangs up. */
    private void assertAudioFlowsAfterTheRefer() throws InterruptedException {
        earshot.awaitEvent(CallEvent.Type.ANSWERED);
        Thread.sleep(REFER_AFTER_MILLIS + 400);
        earshot.assertAudioFlowsBothWays();
    }

    private void assertCallWentOnUntilTheCallerHungUp() throws InterruptedException {
        assertThat(earshot.eventTypes()).containsSubsequence(CallEvent.Type.ANSWERED, CallEvent.Type.ENDED)
                .doesNotContain(CallEvent.Type.TRANSFERRED);
        CallEvent ended = earshot.awaitEvent(CallEvent.Type.ENDED);
        assertThat(ended.detail()).isEqualTo("caller hung up");
        assertThat(ended.agent()).isEqualTo("1002");
        earshot.assertNoCallLeft();
    }

    private static void assertSucceeded(Sipp.Result... phones) {
        for (Sipp.Result phone : phones) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
    }
}
