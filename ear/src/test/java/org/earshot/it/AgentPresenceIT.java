package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agent presence from a real desk phone (sipp) through the deployed resource adapter, its agent
 * state MDB and PostgreSQL to the REST live view: demo agent 1001 (agent1, member of Billing 6001)
 * logs in with *60, goes away with *63, comes back with *62, takes a queue call and wraps up, and
 * logs out with *61; the supervisor's /api/v1/agents/live and the agent_state table show each step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentPresenceIT {

    /** Covers the 10 s wrap-up of the default queue policy. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earshot();
    }

    @Test
    void featureCodesFromTheAgentsPhoneAndAQueueCallAreShownLiveAndKept() throws Exception {
        int phone = Phones.registeredPhone("1001");
        assertAgent1("LOGGED_OUT", List.of(), "IDLE");

        dial("*60", phone);
        assertAgent1("AVAILABLE", List.of("Billing"), "IDLE");
        dial("*63", phone);
        assertAgent1("AWAY", List.of("Billing"), "IDLE");
        dial("*62", phone);
        assertAgent1("AVAILABLE", List.of("Billing"), "IDLE");

        // the demo queue announces that calls may be monitored (about 3 s) before the agent rings
        Phones.Call call = Phones.callQueue("6001", phone, Duration.ofSeconds(7));
        try {
            assertAgent1("AVAILABLE", List.of("Billing"), "ON_CALL");
            assertThat(call.wentAsScripted()).as("caller and agent went as scripted").isTrue();
            assertAgent1("AVAILABLE", List.of("Billing"), "WRAP_UP");
            assertAgent1("AVAILABLE", List.of("Billing"), "IDLE");
        } finally {
            call.stopPhones();
        }

        dial("*61", phone);
        assertAgent1("LOGGED_OUT", List.of(), "IDLE");
    }

    /**
     * Demo agent 1002 (agent2) never logs in to a queue; a direct call still occupies them, and the
     * presence shown says so while the queue engine's presence stays logged out.
     */
    @Test
    void anAgentLoggedInToNoQueueIsShownOnCallDuringADirectCallAndLoggedOutAfterIt() throws Exception {
        Phones.Call call = Phones.callAgent("1002", Duration.ofSeconds(6));
        try {
            JsonNode onCall = Eventually.answer(() -> shownToSupervisor("agent2"), agent -> agent.get("status").asText().equals("ON_CALL"),
                    PATIENCE);
            assertThat(onCall.get("shownPresence").asText()).isEqualTo("ON_CALL");
            assertThat(onCall.get("presence").asText()).as("logged in to no queue").isEqualTo("LOGGED_OUT");
            assertThat(onCall.get("queues")).isEmpty();
            assertThat(call.wentAsScripted()).as("caller and agent went as scripted").isTrue();
            JsonNode after = Eventually.answer(() -> shownToSupervisor("agent2"), agent -> agent.get("status").asText().equals("IDLE"),
                    PATIENCE);
            assertThat(after.get("shownPresence").asText()).isEqualTo("LOGGED_OUT");
        } finally {
            call.stopPhones();
        }
    }

    private static void dial(String featureCode, int phone) throws Exception {
        assertThat(Phones.dialFeatureCode(featureCode, "1001", phone)).as(featureCode + " confirmed by Earshot").isTrue();
    }

    /** The supervisor's live view (REST) and the database both come to show agent1 so. */
    private static void assertAgent1(String presence, List<String> queueNames, String status) throws Exception {
        Shown expected = new Shown(presence, queueNames, status);
        Eventually.answer(AgentPresenceIT::agent1ShownToSupervisor, expected::equals, PATIENCE);
        Eventually.answer(AgentPresenceIT::kept, new Shown(presence, queueNames.isEmpty() ? List.of() : List.of("6001"), status)::equals,
                PATIENCE);
    }

    private static Shown agent1ShownToSupervisor() throws Exception {
        JsonNode agent = shownToSupervisor("agent1");
        List<String> queues = new ArrayList<>();
        agent.get("queues").forEach(queue -> queues.add(queue.asText()));
        return new Shown(agent.get("presence").asText(), queues, agent.get("status").asText());
    }

    /** The agent as sup.billing's live view (REST) shows them. */
    private static JsonNode shownToSupervisor(String username) throws Exception {
        for (JsonNode agent : Api.json(Api.get("sup.billing", "agents/live")).get("items")) {
            if (agent.get("username").asText().equals(username)) {
                return agent;
            }
        }
        throw new AssertionError(username + " not in sup.billing's live view");
    }

    /** agent1's row in agent_state, with the numbers of the queues logged in to; logged out and idle without one. */
    private static Shown kept() throws Exception {
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT s.presence, s.status, q.number FROM agent_state s"
                     + " JOIN app_user u ON u.id = s.user_id LEFT JOIN agent_state_queue l ON l.user_id = s.user_id"
                     + " LEFT JOIN call_queue q ON q.id = l.queue_id WHERE u.username = 'agent1' ORDER BY q.number")) {
            ResultSet rows = query.executeQuery();
            if (!rows.next()) {
                return new Shown("LOGGED_OUT", List.of(), "IDLE");
            }
            Shown row = new Shown(rows.getString("presence"), new ArrayList<>(), rows.getString("status"));
            do {
                if (rows.getString("number") != null) {
                    row.queues().add(rows.getString("number"));
                }
            } while (rows.next());
            return row;
        }
    }

    private record Shown(String presence, List<String> queues, String status) {
    }
}
