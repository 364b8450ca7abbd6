package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The agent (a real sipp phone) hangs up first: Earshot ends the caller's leg too. */
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
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(1).detail()).isEqualTo("agent hung up");
        assertThat(earshot.events().get(1).media().toCaller()).isGreaterThan(50);
        assertThat(earshot.server().activeCalls()).isEmpty();
    }
}
