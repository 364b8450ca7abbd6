package org.earshot.telephony.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.earshot.telephony.api.AgentStateReport.Presence;
import org.earshot.telephony.testing.Queues;
import org.junit.jupiter.api.Test;

class FeatureCodeTest {

    private final Queues queues = new Queues();
    private final AgentAvailability agents = new AgentAvailability(Clock.systemUTC(), state -> { });

    FeatureCodeTest() {
        queues.add("Billing", "5001", "1001", "1002");
        queues.add("Support", "5002", "1001");
        queues.add("Sales", "5003", "1002");
    }

    @Test
    void dialedCodesAreRecognisedExactly() {
        assertThat(FeatureCode.parse("*60")).contains(FeatureCode.LOG_IN);
        assertThat(FeatureCode.parse("*61")).contains(FeatureCode.LOG_OUT);
        assertThat(FeatureCode.parse("*62")).contains(FeatureCode.AVAILABLE);
        assertThat(FeatureCode.parse("*63")).contains(FeatureCode.AWAY);
        assertThat(FeatureCode.parse("*6")).isEmpty();
        assertThat(FeatureCode.parse("*600")).isEmpty();
        assertThat(FeatureCode.parse("60")).isEmpty();
        assertThat(FeatureCode.parse("5001")).isEmpty();
        assertThat(FeatureCode.parse(null)).isEmpty();
    }

    @Test
    void escapedStarFromAPhoneIsTheSameCode() {
        assertThat(FeatureCode.parse("%2A60")).contains(FeatureCode.LOG_IN);
        assertThat(FeatureCode.parse("%2a63")).contains(FeatureCode.AWAY);
    }

    @Test
    void logInJoinsEveryQueueTheAgentIsAMemberOf() {
        assertThat(FeatureCode.LOG_IN.applyTo("1001", agents, queues)).isTrue();

        assertThat(agents.stateOf("1001").queues()).containsExactly("5001", "5002");
        assertThat(agents.stateOf("1001").readyFor("5002")).isTrue();
        assertThat(agents.stateOf("1002").queues()).isEmpty();
    }

    @Test
    void logInIsRefusedToSomeoneInNoQueue() {
        assertThat(FeatureCode.LOG_IN.applyTo("4242", agents, queues)).isFalse();

        assertThat(agents.stateOf("4242").queues()).isEmpty();
    }

    @Test
    void logOutLeavesEveryQueueEvenOnesTheAgentNoLongerBelongsTo() {
        agents.logIn("1001", List.of("5001", "5009"));

        assertThat(FeatureCode.LOG_OUT.applyTo("1001", agents, queues)).isTrue();

        assertThat(agents.stateOf("1001").queues()).isEmpty();
    }

    @Test
    void awayAndAvailableToggleWhetherCallsAreOffered() {
        FeatureCode.LOG_IN.applyTo("1002", agents, queues);

        FeatureCode.AWAY.applyTo("1002", agents, queues);
        assertThat(agents.stateOf("1002").presence()).isEqualTo(Presence.AWAY);
        assertThat(agents.stateOf("1002").readyFor("5001")).isFalse();

        FeatureCode.AVAILABLE.applyTo("1002", agents, queues);
        assertThat(agents.stateOf("1002").readyFor("5003")).isTrue();
    }

    @Test
    void confirmationRisesWhenTakingCallsAndFallsWhenNot() {
        assertThat(FeatureCode.LOG_IN.confirmation().name()).startsWith("600 Hz 150 ms, silence 50 ms, 900 Hz");
        assertThat(FeatureCode.AVAILABLE.confirmation()).isSameAs(FeatureCode.LOG_IN.confirmation());
        assertThat(FeatureCode.AWAY.confirmation().name()).startsWith("900 Hz 150 ms, silence 50 ms, 600 Hz");
        assertThat(FeatureCode.LOG_OUT.confirmation()).isSameAs(FeatureCode.AWAY.confirmation());
        assertThat(FeatureCode.LOG_IN.confirmation().length()).isEqualTo(Duration.ofMillis(550));
    }
}
