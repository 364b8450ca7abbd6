package org.earshot.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Test;

class MonitoringIndicatorTest {

    private static final Instant NOW = OrgFixture.NOW;

    private final OrgFixture org = new OrgFixture();
    private final User agent = org.agent("agent1", org.team("Billing", org.site("Riverside")));

    @Test
    void aBargeIsShownSinceTheBargeBeganNotSinceTheSessionConnected() {
        MonitoringSession session = connected("sofia", NOW);
        session.switchTo(MonitoringMode.BARGE, NOW.plusSeconds(90));

        MonitoringIndicator shown = MonitoringIndicator.of("call-1", List.of(session));

        assertThat(shown.mode()).isEqualTo(MonitoringMode.BARGE);
        assertThat(shown.since()).isEqualTo(NOW.plusSeconds(90));
    }

    @Test
    void theMostIntrusiveModeIsShownSinceItBeganWhoeverListensLonger() {
        MonitoringSession listener = connected("sofia", NOW);
        MonitoringSession whisperer = connected("omar", NOW.plusSeconds(20));
        whisperer.switchTo(MonitoringMode.WHISPER, NOW.plusSeconds(50));

        MonitoringIndicator shown = MonitoringIndicator.of("call-1", List.of(listener, whisperer));

        assertThat(shown.mode()).isEqualTo(MonitoringMode.WHISPER);
        assertThat(shown.since()).isEqualTo(NOW.plusSeconds(50));
    }

    @Test
    void listenersAreShownSinceTheFirstOfThemListened() {
        MonitoringIndicator shown = MonitoringIndicator.of("call-1",
                List.of(connected("omar", NOW.plusSeconds(20)), connected("sofia", NOW)));

        assertThat(shown.mode()).isEqualTo(MonitoringMode.LISTEN);
        assertThat(shown.since()).isEqualTo(NOW);
    }

    private MonitoringSession connected(String supervisor, Instant at) {
        MonitoringSession session = new MonitoringSession("call-1", org.user(supervisor), "2001", agent, "1001", null,
                new MonitoringRequest(MonitoringMode.LISTEN, MonitoringPurpose.QUALITY_ASSURANCE, false, null, MonitoringChannel.CONSOLE),
                at);
        session.connect(at);
        return session;
    }
}
