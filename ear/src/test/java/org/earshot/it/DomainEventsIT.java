package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.earshot.access.GrantService;
import org.earshot.calls.TelephonyRecorder;
import org.earshot.organization.MonitoringGroupService;
import org.earshot.organization.OrganizationService;
import org.earshot.organization.User;
import org.earshot.telephony.api.CallEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A call's life, as the telephony core reports it to the recorder, reaches a subscriber of the topic
 * EarshotEvents as domain events in the order they happened, each with its id, type, version and
 * aggregate as message properties and, as body, exactly the envelope the outbox kept; the agent's
 * states follow in their own order. The agent is a newcomer of their own team, so the demo agents
 * keep their states for the other tests.
 */
@ExtendWith(ArquillianExtension.class)
class DomainEventsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @EJB
    private TelephonyRecorder recorder;

    @EJB
    private OrganizationService organization;

    @EJB
    private GrantService grants;

    @EJB
    private MonitoringGroupService groups;

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connections;

    @Resource(lookup = "java:/jms/topic/earshot/events")
    private Topic events;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void aCallsEventsArePublishedInTheOrderTheyHappenedAsTheOutboxKeptThem() throws Exception {
        String extension = "8" + (System.nanoTime() % 100_000);
        User agent = newcomer(extension);
        String callId = "events-" + UUID.randomUUID();
        try (JMSContext jms = connections.createContext();
             JMSConsumer callEvents = jms.createConsumer(events, "aggregateType = 'call' AND aggregateId = '" + callId + "'");
             JMSConsumer agentEvents = jms.createConsumer(events, "aggregateType = 'agent' AND aggregateId = '" + agent.getId() + "'")) {
            MadeUpCall.of(callId, extension).happens(recorder, CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.HELD,
                    CallEvent.Type.RESUMED, CallEvent.Type.ENDED);

            List<PublishedEvent> call = PublishedEvent.receive(callEvents, 6, PATIENCE);
            assertThat(call).extracting(PublishedEvent::type)
                    .containsExactly("call.started", "call.answered", "call.held", "call.resumed", "call.ended");
            assertThat(call).allSatisfy(event -> {
                assertThat(event.version()).isEqualTo(1);
                assertThat(event.body()).contains("\"id\":\"" + event.eventId() + "\"", "\"callId\":\"" + callId + "\"");
            });
            assertThat(call).extracting(PublishedEvent::body).as("the outbox's payloads, in the outbox's order")
                    .containsExactlyElementsOf(outboxPayloads("call", callId));

            List<PublishedEvent> agentStates = PublishedEvent.receive(agentEvents, 4, PATIENCE);
            assertThat(agentStates).extracting(PublishedEvent::type).containsOnly("agent.state-changed");
            assertThat(agentStates).extracting(event -> statusIn(event.body())).containsExactly("RINGING", "ON_CALL", "IDLE");
        }
        assertThat(Database.count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_type = 'call' AND aggregate_id = ?"
                + " AND published_at IS NULL", callId)).as("marked published").isZero();
    }

    private User newcomer(String extension) {
        OrgFixture fixture = new OrgFixture(organization, grants, groups);
        return fixture.agent("eventful" + extension, fixture.team("Eventful", organization.findByUsername("agent1").getSite()),
                extension);
    }

    private static String statusIn(String body) {
        return body.replaceAll(".*\"status\":\"([A-Z_]+)\".*", "$1");
    }

    private static List<String> outboxPayloads(String aggregateType, String aggregateId) throws Exception {
        List<String> payloads = new ArrayList<>();
        try (Connection db = Database.superuser();
             PreparedStatement query = db.prepareStatement("SELECT payload FROM outbox_event WHERE aggregate_type = ? AND aggregate_id = ?"
                     + " ORDER BY id")) {
            query.setString(1, aggregateType);
            query.setString(2, aggregateId);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                payloads.add(rows.getString(1));
            }
        }
        return payloads;
    }
}
