package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.earshot.telephony.testing.Tone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hold and resume by re-INVITE from either party (real sipp phones): Earshot answers the holding
 * party, passes the direction on to the other party, reports HELD and RESUMED, and the audio comes
 * back through the same Earshot ports once the call is resumed.
 */
class HoldSippTest {

    private static final Pattern EARSHOT_MEDIA = Pattern.compile("earshot m=audio (\\d+)");

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
    void callerHoldsAndResumes() throws Exception {
        holdAndResume("caller_holds.xml", "agent_is_held.xml", "caller");
    }

    @Test
    void agentHoldsAndResumes() throws Exception {
        holdAndResume("caller_is_held.xml", "agent_holds.xml", "agent");
    }

    private void holdAndResume(String callerScenario, String agentScenario, String holder) throws Exception {
        int agentPort = FreePorts.udpAndTcp();
        earshot.register("1002", "secret-1002", agentPort);
        Sipp.Running agent = Sipp.scenario(agentScenario).fromPort(agentPort)
                .arg("-mi", "127.0.0.1", "-mp", String.valueOf(earshot.phoneMedia(1)), "-key", "tone", Tone.pcmu(2600) + ",-1,0")
                .startAgainst(earshot.port());
        Sipp.Running caller = Sipp.scenario(callerScenario)
                .arg("-s", "1002", "-d", "2500", "-mi", "127.0.0.1", "-mp", String.valueOf(earshot.phoneMedia(0)),
                        "-key", "tone", Tone.pcmu(1000) + ",-1,0")
                .startAgainst(earshot.port());

        earshot.awaitEvent(CallEvent.Type.RESUMED);
        Thread.sleep(300);
        CallEvent.MediaSummary resumed = earshot.onlyCall().media();
        Thread.sleep(1000);
        CallEvent.MediaSummary second = earshot.onlyCall().media();
        Sipp.Result callerDone = caller.finish();
        Sipp.Result agentDone = agent.finish();

        assertThat(callerDone.succeeded()).as(callerDone.describe()).isTrue();
        assertThat(agentDone.succeeded()).as(agentDone.describe()).isTrue();
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED,
                CallEvent.Type.HELD, CallEvent.Type.RESUMED, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(2).detail()).isEqualTo(holder);
        assertThat(earshot.events().get(3).detail()).isEqualTo(holder);
        // a second after resuming, both parties' audio still goes through Earshot, at 50 packets a second
        assertThat(second.fromCaller() - resumed.fromCaller()).isGreaterThan(35);
        assertThat(second.toAgent() - resumed.toAgent()).isGreaterThan(35);
        assertThat(second.fromAgent() - resumed.fromAgent()).isGreaterThan(35);
        assertThat(second.toCaller() - resumed.toCaller()).isGreaterThan(35);
        assertThat(earshotPorts(callerDone)).as(callerDone.logged()).hasSize(3).containsOnly(earshotPorts(callerDone)[0]);
        assertThat(earshotPorts(agentDone)).as(agentDone.logged()).hasSize(3).containsOnly(earshotPorts(agentDone)[0]);
    }

    /** The Earshot audio port in every SDP a phone got from Earshot: the call, the hold and the resume. */
    private static String[] earshotPorts(Sipp.Result phone) {
        Matcher matcher = EARSHOT_MEDIA.matcher(phone.logged());
        return matcher.results().map(result -> result.group(1)).toArray(String[]::new);
    }
}
