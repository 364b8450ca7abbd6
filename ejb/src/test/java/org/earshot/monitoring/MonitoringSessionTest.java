package org.earshot.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.earshot.organization.Site;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.testing.OrgFixture;
import org.junit.jupiter.api.Test;

class MonitoringSessionTest {

    private static final Instant LATER = OrgFixture.NOW.plusSeconds(30);

    private final OrgFixture org = new OrgFixture();
    private final Site site = org.site("Riverside");
    private final User agent = org.agent("agent1", org.team("Billing", site));
    private final MonitoringSession session = new MonitoringSession("call-1", org.user("sofia"), "2001", agent, "1001", null,
            new MonitoringRequest(MonitoringMode.LISTEN, MonitoringPurpose.COMPLIANCE, true, "  ", MonitoringChannel.FEATURE_CODE),
            OrgFixture.NOW);

    @Test
    void aNewSessionRingsAndKeepsWhatWasAskedFor() {
        assertThat(session.getState()).isEqualTo(SessionState.RINGING);
        assertThat(session.getPurpose()).isEqualTo(MonitoringPurpose.COMPLIANCE);
        assertThat(session.isPurposeDefaulted()).isTrue();
        assertThat(session.getNote()).as("a blank note is none").isNull();
        assertThat(session.getAgentUsername()).isEqualTo("agent1");
        assertThat(session.getQueueName()).isNull();
    }

    @Test
    void itConnectsOnceWhileRinging() {
        session.connect(OrgFixture.NOW);
        session.connect(LATER);
        assertThat(session.getState()).isEqualTo(SessionState.CONNECTED);
        assertThat(session.getConnectedAt()).isEqualTo(OrgFixture.NOW);
    }

    @Test
    void itsModeCountsFromThePhoneAnsweringAndThenFromEachSwitch() {
        assertThat(session.getModeSince()).as("ringing: in no mode yet").isNull();
        session.connect(OrgFixture.NOW);
        assertThat(session.getModeSince()).isEqualTo(OrgFixture.NOW);

        session.switchTo(MonitoringMode.BARGE, LATER);
        assertThat(session.getMode()).isEqualTo(MonitoringMode.BARGE);
        assertThat(session.getModeSince()).as("the barge's start, not the session's").isEqualTo(LATER);
        assertThat(session.getConnectedAt()).isEqualTo(OrgFixture.NOW);
    }

    @Test
    void theCoresReportOfASwitchAlreadyMadeDoesNotMoveTheModesStart() {
        session.connect(OrgFixture.NOW);
        session.switchTo(MonitoringMode.WHISPER, LATER);
        session.switchTo(MonitoringMode.WHISPER, LATER.plusMillis(40));
        assertThat(session.getModeSince()).isEqualTo(LATER);
    }

    @Test
    void itEndsOnceWithTheFirstReasonClippedToItsColumn() {
        assertThat(session.end(OrgFixture.NOW, "x".repeat(250))).isTrue();
        assertThat(session.end(LATER, "call ended")).as("already ended").isFalse();
        assertThat(session.getEndReason()).hasSize(200);
        assertThat(session.getEndedAt()).isEqualTo(OrgFixture.NOW);
        session.connect(LATER);
        assertThat(session.getState()).as("an ended session does not connect").isEqualTo(SessionState.ENDED);
    }

    @Test
    void aTransferredSessionFollowsTheNewAgent() {
        session.followAgent(org.agent("agent4", org.team("Support", site)), "1004");
        assertThat(session.getAgentUsername()).isEqualTo("agent4");
        assertThat(session.getAgentExtension()).isEqualTo("1004");
    }

    @Test
    void itIsCountedUnderTheMostIntrusiveModeItWasIn() {
        session.connect(OrgFixture.NOW);
        assertThat(session.getPeakMode()).isEqualTo(MonitoringMode.LISTEN);
        session.switchTo(MonitoringMode.BARGE, LATER);
        session.switchTo(MonitoringMode.WHISPER, LATER.plusSeconds(5));
        assertThat(session.getMode()).isEqualTo(MonitoringMode.WHISPER);
        assertThat(session.getPeakMode()).as("back to a whisper, still a barge").isEqualTo(MonitoringMode.BARGE);
    }

    @Test
    void itKeepsTheDashboardsDayScopeAndTheTimeTheSupervisorWasInTheCall() {
        assertThat(session.getRequestedOn()).isEqualTo(OrgFixture.NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        assertThat(session.getTeamId()).isEqualTo(agent.getTeam().getId());
        session.connect(OrgFixture.NOW);
        assertThat(session.getListenedSeconds()).as("under way").isNull();
        session.end(LATER.plusMillis(900), "ended by the supervisor");
        assertThat(session.getListenedSeconds()).isEqualTo(30);
    }

    @Test
    void aSessionNeverConnectedWasNotListenedTo() {
        session.end(LATER, "refused by the telephony core: busy");
        assertThat(session.getListenedSeconds()).isNull();
    }
}
