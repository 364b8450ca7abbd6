package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.earshot.telephony.testing.Tone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent (a real sipp phone) hangs up first: Earshot ends the caller's leg too. */
class HangUpSippTest {

    private final Subscribers subscribers = new Subscribers("earshot").add("1002", "secret-1002");
    private Earshot earshot;

    @BeforeEach
    void start() throws Exception {
        earshot = Earshot.start(subscribers);
    }

    @AfterEach
    void stop() {
        earshot.close();
    }

    @Test
    void agentHangsUpAndTheCallerGetsBye() throws Exception {
        int agentPort = FreePorts.udpAndTcp();
        earshot.register("1002", "secret-1002", agentPort);
        Sipp.Running agent = Sipp.scenario("agent_hangs_up.xml").fromPort(agentPort)
                .arg("-d", "1500", "-mi", "127.0.0.1", "-mp", String.valueOf(earshot.phoneMedia(1)),
                        "-key", "tone", Tone.pcmu(2600) + ",-1,0")
                .startAgainst(earshot.port());

        Sipp.Result caller = Sipp.scenario("caller_tone_until_bye.xml")
                .arg("-s", "1002", "-mi", "127.0.0.1", "-mp", String.valueOf(earshot.phoneMedia(0)),
                        "-key", "tone", Tone.pcmu(1000) + ",-1,0")
                .runAgainst(earshot.port());
        Sipp.Result answered = agent.finish();

        assertThat(caller.succeeded()).as(caller.describe()).isTrue();
        assertThat(answered.succeeded()).as(answered.describe()).isTrue();
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(1).detail()).isEqualTo("agent hung up");
        assertThat(earshot.events().get(1).media().toCaller()).isGreaterThan(50);
        assertThat(earshot.server().activeCalls()).isEmpty();
    }
}
