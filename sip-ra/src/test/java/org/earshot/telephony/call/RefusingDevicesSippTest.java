package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every device of the dialed agent refuses (two real sipp phones registered for extension 1002):
 * the caller gets one final response, the most telling refusal by RFC 3261 §16.7 (a 6xx over
 * anything), and the call ends saying why. A device that declines for the user (603) stops the
 * others ringing at once instead of leaving them to the ring timeout, which is long here (10 s)
 * so that only the refusals can end the ringing.
 */
class RefusingDevicesSippTest {

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002"),
            settings -> settings.withRingTimeout(Duration.ofSeconds(10)));

    /** Both devices ring and refuse, the first after 200 ms, the second after 400 ms (a 603 first would cancel the other). */
    @ParameterizedTest(name = "{0} and {1}: the caller gets {2}")
    @CsvSource({
        "agent_busy.xml, agent_busy.xml, 486 Busy Here",
        "agent_busy.xml, agent_declines.xml, 603 Decline"
    })
    void callerGetsTheMostTellingRefusal(String first, String second, String expected) throws Exception {
        Sipp.Running desk = refusing(1, first, 200);
        Sipp.Running softphone = refusing(2, second, 400);

        String refusal = refusedCaller(desk, softphone);

        assertThat(refusal).contains("SIP/2.0 " + expected).containsPattern("To: <sip:1002@[^>]+>;tag=");
        assertEndedBecause("agent unavailable: " + expected);
    }

    /** Without the early decision the ringing device would ring on, and the caller get 480 No answer after 10 s. */
    @Test
    void declineOnOneDeviceStopsTheOthersRinging() throws Exception {
        Sipp.Running ringing = earshot.registeredPhone("agent_rings_until_cancelled.xml", "1002", "secret-1002", 1, 2600)
                .startAgainst(earshot.port());
        Sipp.Running declining = refusing(2, "agent_declines.xml", 500);

        String refusal = refusedCaller(ringing, declining);

        assertThat(refusal).contains("SIP/2.0 603 Decline");
        assertEndedBecause("agent unavailable: 603 Decline");
    }

    /** One of the agent's devices, ringing and refusing after a while as its scenario says (busy, declines). */
    private Sipp.Running refusing(int phone, String scenario, int afterMillis) throws Exception {
        return earshot.registeredPhone(scenario, "1002", "secret-1002", phone, 2600)
                .arg("-d", String.valueOf(afterMillis)).startAgainst(earshot.port());
    }

    /** The caller dials 1002 and is refused; both devices' scenarios must have gone as scripted. Returns the refusal. */
    private String refusedCaller(Sipp.Running... devices) throws Exception {
        Sipp.Result caller = earshot.phone("caller_refused.xml", 0, 1000).arg("-s", "1002", "-key", "codecs", "0 96")
                .runAgainst(earshot.port());
        assertThat(caller.succeeded()).as(caller.describe()).isTrue();
        for (Sipp.Running device : devices) {
            Sipp.Result done = device.finish();
            assertThat(done.succeeded()).as(done.describe()).isTrue();
        }
        return caller.logged();
    }

    private void assertEndedBecause(String cause) throws InterruptedException {
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ENDED);
        assertThat(earshot.events().get(1).detail()).isEqualTo(cause);
        earshot.assertNoCallLeft();
    }
}
