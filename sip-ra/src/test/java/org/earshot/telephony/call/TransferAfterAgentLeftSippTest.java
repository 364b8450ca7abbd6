package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A blind transfer that fails after the transferring agent has already hung up, as many phones do
 * right after the 202 (real sipp phones). Nobody is left to serve the caller, so Earshot ends the
 * call (docs/call-control.md) rather than leave the caller in silence: the caller's BYE carries the
 * target's refusal as its Reason (RFC 3326), and ENDED says which transfer failed and why.
 */
class TransferAfterAgentLeftSippTest {

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002").add("1003", "secret-1003"),
            settings -> settings.withRingTimeout(Duration.ofSeconds(2)));

    @Test
    void targetRefusingEndsTheCallWithTheTargetsReason() throws Exception {
        Sipp.Running target = earshot.registeredPhone("agent_busy.xml", "1003", "secret-1003", 2, 440)
                .arg("-d", "1000").startAgainst(earshot.port());

        Sipp.Result caller = callerTransferredByAnAgentWhoLeaves(target);

        assertThat(caller.logged()).contains("bye reason SIP;cause=486;text=\"Busy Here\"");
        assertEndedBecause("transfer to 1003 failed: 486 Busy Here");
    }

    @Test
    void targetNotAnsweringEndsTheCallAfterTheRingTimeout() throws Exception {
        Sipp.Running target = earshot.registeredPhone("agent_rings_until_cancelled.xml", "1003", "secret-1003", 2, 440)
                .startAgainst(earshot.port());

        Sipp.Result caller = callerTransferredByAnAgentWhoLeaves(target);

        assertThat(caller.logged()).contains("bye reason SIP;cause=480;text=\"No answer\"");
        assertEndedBecause("transfer to 1003 failed: 480 No answer");
    }

    /**
     * The caller dials 1002, who answers, refers the call to 1003 a second later and hangs up on the
     * 202; the caller streams its tone and waits for Earshot's BYE. Returns what the caller saw.
     */
    private Sipp.Result callerTransferredByAnAgentWhoLeaves(Sipp.Running target) throws Exception {
        Sipp.Running agent = earshot.registeredPhone("agent_transfers_and_hangs_up.xml", "1002", "secret-1002", 1, 2600)
                .arg("-d", "1000", "-key", "target", "1003", "-aa").startAgainst(earshot.port());

        Sipp.Result caller = earshot.phone("caller_tone_until_bye.xml", 0, 1000).arg("-s", "1002").runAgainst(earshot.port());

        for (Sipp.Result phone : new Sipp.Result[] {caller, agent.finish(), target.finish()}) {
            assertThat(phone.succeeded()).as(phone.describe()).isTrue();
        }
        return caller;
    }

    private void assertEndedBecause(String cause) throws InterruptedException {
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED,
                CallEvent.Type.TRANSFERRING, CallEvent.Type.ENDED);
        CallEvent ended = earshot.events().get(3);
        assertThat(ended.detail()).isEqualTo(cause);
        assertThat(ended.media().toCaller()).as("the caller heard the agent before the transfer").isGreaterThan(25);
        earshot.assertNoCallLeft();
    }
}
