package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Blind transfer by REFER from the agent (real sipp phones): the caller ends up with the target
 * without being asked anything (no re-INVITE reaches it), or stays with the agent if the target
 * cannot take the call. The audio each party hears across a transfer is proven in BaresipCallTest.
 */
class TransferSippTest {

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002").add("1003", "secret-1003"));

    @Test
    void agentTransfersTheCallerToAnotherExtension() throws Exception {
        Sipp.Result agent = transferToTarget(transferringAgent("agent_transfers.xml", "1003"), "caller_tone.xml",
                CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.TRANSFERRING, CallEvent.Type.TRANSFERRED,
                CallEvent.Type.ENDED);

        assertThat(agent.logged()).containsSubsequence("notify SIP/2.0 100 Trying", "notify SIP/2.0 180 Ringing",
                "notify SIP/2.0 200 OK");
        CallEvent transferring = earshot.events().get(2);
        assertThat(transferring.detail()).isEqualTo("1003");
        assertThat(transferring.agent()).as("the transferring agent, while the target rings").isEqualTo("1002");
        CallEvent transferred = earshot.events().get(3);
        assertThat(transferred.detail()).isEqualTo("1003");
        assertThat(transferred.agent()).isEqualTo("1003");
        CallEvent ended = earshot.events().get(4);
        assertThat(ended.detail()).isEqualTo("caller hung up");
        assertThat(ended.media().lost()).as("the target's packets count as a new stream, not as loss").isLessThan(10);
    }

    /** Many phones hang up as soon as the REFER is accepted: the caller must still reach the target. */
    @Test
    void agentWhoHangsUpRightAfterReferringStillGetsTheCallerToTheTarget() throws Exception {
        transferToTarget(transferringAgent("agent_transfers_and_hangs_up.xml", "1003").arg("-aa"), "caller_tone.xml",
                CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.TRANSFERRING, CallEvent.Type.TRANSFERRED,
                CallEvent.Type.ENDED);

        assertThat(earshot.events().get(4).agent()).isEqualTo("1003");
    }

    /** Phones often hold the caller before transferring: the target must not get a held caller. */
    @Test
    void callerHeldByTheTransferringAgentIsResumedForTheTarget() throws Exception {
        transferToTarget(transferringAgent("agent_holds_then_transfers.xml", "1003"), "caller_is_held.xml",
                CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.HELD, CallEvent.Type.TRANSFERRING,
                CallEvent.Type.TRANSFERRED, CallEvent.Type.RESUMED, CallEvent.Type.ENDED);

        assertThat(earshot.events().get(2).detail()).isEqualTo("agent");
        assertThat(earshot.events().get(5).detail()).isEqualTo("transfer");
    }

    /**
     * The caller calls the transferring agent, who transfers it to 1003; the caller talks with the
     * target until it hangs up (caller_tone.xml fails on any re-INVITE, caller_is_held.xml expects a
     * hold and a resume). Returns what the transferring agent saw.
     */
    private Sipp.Result transferToTarget(Sipp transferringAgent, String callerScenario, CallEvent.Type... events)
            throws Exception {
        Sipp.Running target = earshot.registeredPhone("agent_answers_tone.xml", "1003", "secret-1003", 2, 440)
                .startAgainst(earshot.port());
        Sipp.Running agent = transferringAgent.startAgainst(earshot.port());

        Sipp.Running caller = earshot.phone(callerScenario, 0, 1000).arg("-s", "1002", "-d", "4000").startAgainst(earshot.port());
        earshot.awaitEvent(CallEvent.Type.TRANSFERRED);
        Thread.sleep(300);
        earshot.assertAudioFlowsBothWays();
        Sipp.Result callerDone = caller.finish();
        Sipp.Result agentDone = agent.finish();
        Sipp.Result targetDone = target.finish();

        assertThat(callerDone.succeeded()).as(callerDone.describe()).isTrue();
        assertThat(agentDone.succeeded()).as(agentDone.describe()).isTrue();
        assertThat(targetDone.succeeded()).as(targetDone.describe()).isTrue();
        assertThat(earshot.eventTypes()).containsExactly(events);
        return agentDone;
    }

    @Test
    void transferToAnUnknownExtensionFailsAndTheCallerStaysWithTheAgent() throws Exception {
        Sipp.Running agent = transferringAgent("agent_transfer_fails.xml", "1999").startAgainst(earshot.port());

        Sipp.Result caller = earshot.phone("caller_tone_until_bye.xml", 0, 1000).arg("-s", "1002").runAgainst(earshot.port());
        Sipp.Result agentDone = agent.finish();

        assertThat(caller.succeeded()).as(caller.describe()).isTrue();
        assertThat(agentDone.succeeded()).as(agentDone.describe()).isTrue();
        assertThat(agentDone.logged()).containsSubsequence("notify SIP/2.0 100 Trying", "notify SIP/2.0 404 No such extension");
        assertThat(earshot.eventTypes()).as("the caller stays with the agent").containsExactly(CallEvent.Type.RINGING,
                CallEvent.Type.ANSWERED, CallEvent.Type.TRANSFERRING, CallEvent.Type.TRANSFER_FAILED, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(3).detail()).isEqualTo("1999: 404 No such extension");
        assertThat(earshot.events().get(3).agent()).isEqualTo("1002");
        assertThat(earshot.events().get(4).detail()).isEqualTo("agent hung up");
        assertThat(earshot.events().get(4).agent()).isEqualTo("1002");
    }

    private Sipp transferringAgent(String scenario, String target) throws Exception {
        return earshot.registeredPhone(scenario, "1002", "secret-1002", 1, 2600).arg("-d", "1000", "-key", "target", target);
    }
}
