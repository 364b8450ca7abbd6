package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.earshot.monitoring.MonitoringRestart;
import org.earshot.calls.TelephonyRestart;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Earshot stops while an agent is logged in and on a call that a supervisor monitors (real sipp
 * phones): the stop leaves the call record open, the agent logged in and the monitoring session
 * connected, as nothing could tell how they ended. When Earshot starts again (the application and
 * its resource adapter, whose telephony core then has no call and every agent logged out), the
 * record is closed as cut off by the restart, the session ended so, and the agent is logged out and idle.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TelephonyRestartIT {

    private static final String EARSHOT = "earshot";
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Kept LOGGED_IN_ON_A_CALL = new Kept("AVAILABLE", 1, "ON_CALL", true);

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = EARSHOT, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void restartClosesTheCallsLeftOpenEndsTheirMonitoringAndLogsEveryAgentOut() throws Exception {
        deployer.deploy(EARSHOT);
        String callId;
        long sessionId;
        try {
            Instant before = Instant.now();
            int phone = Phones.registeredPhone("1002"); // agent2, member of Billing
            assertThat(Phones.dialFeatureCode("*60", "1002", phone)).isTrue();
            Process supervisorPhone = Phones.supervisorPhone("2001", "sip-2001-demo"); // sup.billing's
            Phones.Call call = Phones.callAgent("1002", Duration.ofSeconds(30));
            try {
                callId = Eventually.answer(() -> answeredCallOfAgent2Since(before), id -> id != null, PATIENCE);
                Eventually.answer(TelephonyRestartIT::agent2, LOGGED_IN_ON_A_CALL::equals, PATIENCE);
                HttpResponse<String> started = Api.post("sup.billing", "monitoring/sessions",
                        "{\"callId\":\"" + callId + "\",\"mode\":\"LISTEN\",\"purpose\":\"QUALITY_ASSURANCE\"}");
                assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
                sessionId = Api.json(started).get("id").asLong();
                Eventually.answer(() -> sessionOf(sessionId), "CONNECTED null"::equals, PATIENCE);
            } finally {
                // killed, they send no BYE: the call is under way and monitored when Earshot stops
                call.stopPhones();
                supervisorPhone.destroyForcibly();
            }
        } finally {
            deployer.undeploy(EARSHOT);
        }
        assertThat(stateOf(callId)).as("left open by the stop").isEqualTo("ANSWERED null");
        assertThat(sessionOf(sessionId)).as("left connected by the stop").isEqualTo("CONNECTED null");
        assertThat(agent2()).as("left logged in and on the call by the stop").isEqualTo(LOGGED_IN_ON_A_CALL);

        deployer.deploy(EARSHOT);
        try {
            assertThat(stateOf(callId)).isEqualTo("ENDED " + TelephonyRestart.CUT_OFF);
            assertThat(sessionOf(sessionId)).isEqualTo("ENDED " + MonitoringRestart.CUT_OFF);
            assertThat(agent2()).isEqualTo(new Kept("LOGGED_OUT", 0, "IDLE", false));
        } finally {
            deployer.undeploy(EARSHOT);
        }
    }

    private static String answeredCallOfAgent2Since(Instant since) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT c.call_id FROM call_record c JOIN app_user u ON u.id = c.agent_user_id"
                     + " WHERE u.username = 'agent2' AND c.started_at >= ? AND c.state = 'ANSWERED'")) {
            query.setObject(1, since.atOffset(ZoneOffset.UTC));
            ResultSet rows = query.executeQuery();
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** "state disposition" of the call's record. */
    private static String stateOf(String callId) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT state, disposition FROM call_record WHERE call_id = ?")) {
            query.setString(1, callId);
            ResultSet row = query.executeQuery();
            assertThat(row.next()).as("record of " + callId).isTrue();
            return row.getString("state") + " " + row.getString("disposition");
        }
    }

    /** "state end_reason" of the monitoring session. */
    private static String sessionOf(long sessionId) throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT state, end_reason FROM monitoring_session WHERE id = ?")) {
            query.setLong(1, sessionId);
            ResultSet row = query.executeQuery();
            assertThat(row.next()).as("monitoring session " + sessionId).isTrue();
            return row.getString("state") + " " + row.getString("end_reason");
        }
    }

    private static Kept agent2() throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT s.presence, s.status, s.call_record_id IS NOT NULL AS occupied,"
                     + " (SELECT COUNT(*) FROM agent_state_queue l WHERE l.user_id = s.user_id) AS queues"
                     + " FROM agent_state s JOIN app_user u ON u.id = s.user_id WHERE u.username = 'agent2'")) {
            ResultSet row = query.executeQuery();
            assertThat(row.next()).as("agent2's state").isTrue();
            return new Kept(row.getString("presence"), row.getLong("queues"), row.getString("status"), row.getBoolean("occupied"));
        }
    }

    /** An agent's state row: presence, how many queues logged in to, status, and whether a call occupies the agent. */
    private record Kept(String presence, long queues, String status, boolean withCall) {
    }
}
