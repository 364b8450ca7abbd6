package org.earshot.telephony.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.earshot.telephony.api.AgentStateReport;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.FreePorts;
import org.earshot.telephony.testing.Queues;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Agents dial feature codes from their registered phone (real sipp): Earshot applies the code,
 * answers, plays the confirmation and hangs up. The From header alone proves nothing, so a code
 * from anywhere but a registered device of that extension is refused.
 */
class FeatureCodeSippTest {

    private final Queues queues = new Queues();

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot").add("1001", "secret-1001").add("1003", "secret-1003"),
            queues, settings -> settings);

    @Test
    void agentLogsInFromItsPhoneThenGoesAway() throws Exception {
        queues.add("Support", "7000", "1001");
        queues.add("Billing", "7100", "1001");
        int phone = FreePorts.udpAndTcp();
        earshot.register("1001", "secret-1001", phone);

        assertSucceeded(dial("*60", "1001", phone));
        assertThat(earshot.server().agents().stateOf("1001").queues()).containsExactlyInAnyOrder("7000", "7100");

        assertSucceeded(dial("%2A63", "1001", phone));
        AgentStateReport away = earshot.server().agents().stateOf("1001");
        assertThat(away.presence()).isEqualTo(AgentStateReport.Presence.AWAY);
        assertThat(away.queues()).as("away stays logged in").hasSize(2);
        assertThat(earshot.agentStates()).extracting(AgentStateReport::presence).endsWith(AgentStateReport.Presence.AWAY);
        assertThat(earshot.events()).as("feature calls are not contact-center calls").isEmpty();
    }

    @Test
    void codeFromAPortNotRegisteredForTheExtensionIsForbidden() throws Exception {
        queues.add("Support", "7000", "1001");
        earshot.register("1001", "secret-1001", FreePorts.udpAndTcp());

        Sipp.Result spoofed = dial("*61", "1001", FreePorts.udpAndTcp());

        assertThat(spoofed.succeeded()).isFalse();
        assertThat(spoofed.output()).contains("SIP/2.0 403 Not from a registered device of the caller");
        assertThat(earshot.agentStates()).isEmpty();
    }

    @Test
    void loggingInWithoutAnyQueueIsForbidden() throws Exception {
        int phone = FreePorts.udpAndTcp();
        earshot.register("1003", "secret-1003", phone);

        Sipp.Result refused = dial("*60", "1003", phone);

        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.output()).contains("SIP/2.0 403 Not a member of any queue");
    }

    private Sipp.Result dial(String code, String extension, int fromPort) throws Exception {
        return earshot.phone("caller_hung_up_on.xml", 0, 1000).arg("-s", code, "-key", "caller", extension)
                .fromPort(fromPort).runAgainst(earshot.port());
    }

    private static void assertSucceeded(Sipp.Result phone) {
        assertThat(phone.succeeded()).as(phone.describe()).isTrue();
    }
}
