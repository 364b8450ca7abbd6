package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The agent (a real sipp phone) or Earshot itself hangs up: Earshot ends every other leg. */
class HangUpSippTest {

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002"));

    @Test
    void agentHangsUpAndTheCallerGetsBye() throws Exception {
        Sipp.Running agent = earshot.registeredPhone("agent_hangs_up.xml", "1002", "secret-1002", 1, 2600)
                .arg("-d", "1500").startAgainst(earshot.port());

        Sipp.Result caller = earshot.phone("caller_tone_until_bye.xml", 0, 1000).arg("-s", "1002").runAgainst(earshot.port());
        Sipp.Result answered = agent.finish();

        assertThat(caller.succeeded()).as(caller.describe()).isTrue();
        assertThat(answered.succeeded()).as(answered.describe()).isTrue();
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(2).detail()).isEqualTo("agent hung up");
        assertThat(earshot.events().get(2).media().toCaller()).isGreaterThan(50);
        assertThat(earshot.server().activeCalls()).isEmpty();
    }

    /** Earshot's own call control (a supervisor ending the call): both parties get BYE, the caller's says why. */
    @Test
    void earshotHangsUpAndBothPartiesGetBye() throws Exception {
        Sipp.Running agent = earshot.registeredPhone("agent_answers_tone.xml", "1002", "secret-1002", 1, 2600)
                .startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone("caller_tone_until_bye.xml", 0, 1000).arg("-s", "1002").startAgainst(earshot.port());

        CallEvent answered = earshot.awaitEvent(CallEvent.Type.ANSWERED);
        earshot.assertAudioFlowsBothWays(); // a call under way, its ACK long received (RFC 3261 §15: no BYE before it)
        assertThat(earshot.server().callControl().hangUp(answered.callId())).isTrue();
        Sipp.Result callerDone = caller.finish();
        Sipp.Result agentDone = agent.finish();

        assertThat(callerDone.succeeded()).as(callerDone.describe()).isTrue();
        assertThat(agentDone.succeeded()).as(agentDone.describe()).isTrue();
        assertThat(callerDone.logged()).contains("bye reason SIP;cause=480;text=\"Hung up by Earshot\"");
        assertThat(earshot.awaitEvent(CallEvent.Type.ENDED).detail()).isEqualTo("hung up by Earshot");
        earshot.assertNoCallLeft();
    }
}
