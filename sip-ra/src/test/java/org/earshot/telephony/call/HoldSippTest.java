package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hold and resume by re-INVITE from either party (real sipp phones): Earshot answers the holding
 * party, passes the direction on to the other party, reports HELD and RESUMED, and the audio comes
 * back through the same Earshot ports once the call is resumed.
 */
class HoldSippTest {

    private static final Pattern EARSHOT_MEDIA = Pattern.compile("earshot m=audio (\\d+)");

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002"));

    @Test
    void callerHoldsAndResumes() throws Exception {
        holdAndResume("caller_holds.xml", "agent_is_held.xml", "caller");
    }

    @Test
    void agentHoldsAndResumes() throws Exception {
        holdAndResume("caller_is_held.xml", "agent_holds.xml", "agent");
    }

    private void holdAndResume(String callerScenario, String agentScenario, String holder) throws Exception {
        Sipp.Running agent = earshot.registeredPhone(agentScenario, "1002", "secret-1002", 1, 2600).startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone(callerScenario, 0, 1000).arg("-s", "1002", "-d", "2500").startAgainst(earshot.port());

        earshot.awaitEvent(CallEvent.Type.RESUMED);
        Thread.sleep(300);
        earshot.assertAudioFlowsBothWays();
        Sipp.Result callerDone = caller.finish();
        Sipp.Result agentDone = agent.finish();

        assertThat(callerDone.succeeded()).as(callerDone.describe()).isTrue();
        assertThat(agentDone.succeeded()).as(agentDone.describe()).isTrue();
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED,
                CallEvent.Type.HELD, CallEvent.Type.RESUMED, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(2).detail()).isEqualTo(holder);
        assertThat(earshot.events().get(3).detail()).isEqualTo(holder);
        assertOnePortThroughout(callerDone);
        assertOnePortThroughout(agentDone);
    }

    /** The Earshot audio port in every SDP a phone got from Earshot (the call, the hold and the resume) is the same. */
    private static void assertOnePortThroughout(Sipp.Result phone) {
        assertThat(EARSHOT_MEDIA.matcher(phone.logged()).results().map(result -> result.group(1)).distinct())
                .as(phone.logged()).hasSize(1);
        assertThat(EARSHOT_MEDIA.matcher(phone.logged()).results()).as(phone.logged()).hasSize(3);
    }
}
