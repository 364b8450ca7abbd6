package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.earshot.it.Api.get;
import static org.earshot.it.Api.json;
import static org.earshot.it.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.earshot.evaluation.Evaluation;
import org.earshot.evaluation.Scorecard;
import org.earshot.organization.CallQueue;
import org.earshot.organization.User;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.internal.SessionFactoryRegistry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What reading an evaluation reads: its form's scorecard but not the queues and teams the scorecard is
 * assigned to, nor those queues' agents (hundreds a queue at scale, reached before from every evaluation).
 * Asked for, a form's queues come without their members. The views that show them still do: the
 * scorecard's queues in the REST API, a queue's members in the queues list.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationGraphIT {

    /** WildFly names the application's Hibernate session factory after its scoped persistence unit. */
    private static final String UNIT = "earshot.ear/earshot-ejb.jar#earshot";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void anEvaluationIsReadWithoutItsFormsQueuesTeamsOrTheirMembers() throws Exception {
        long scorecard = BillingScorecard.publish();
        try {
            UUID recording = RecordedCallRows.billingCall("agent1");
            HttpResponse<String> started = post("qa", "evaluations", "{\"recordingId\":\"" + recording + "\",\"scorecardId\":" + scorecard + "}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            long id = json(started).get("summary").get("id").asLong();
            long billingMembers = Database.count("SELECT COUNT(*) FROM queue_member m JOIN call_queue q ON q.id = m.queue_id WHERE q.name = 'Billing'");
            assertThat(billingMembers).as("the form's queue has agents that could be read").isPositive();

            SessionFactoryImplementor unit = SessionFactoryRegistry.INSTANCE.getNamedSessionFactory(UNIT);
            assertThat(unit).as("the application's session factory " + UNIT).isNotNull();
            PersistenceUnitUtil loaded = unit.getPersistenceUnitUtil();
            EntityManager em = unit.createEntityManager();
            try {
                Evaluation evaluation = em.find(Evaluation.class, id);
                Scorecard form = evaluation.getScorecardVersion().getScorecard();
                assertThat(form.getName()).as("the form's scorecard read, as the views name it").startsWith("Evaluated call");
                assertThat(loaded.isLoaded(form, "queues")).as("the form's queues").isFalse();
                assertThat(loaded.isLoaded(form, "teams")).as("the form's teams").isFalse();
                Session session = em.unwrap(Session.class);
                assertThat(usernamesRead(session)).as("the users read: the evaluation's agent and evaluator only")
                        .containsExactlyInAnyOrder("agent1", "qa");
                assertThat(read(session, CallQueue.class)).as("no queue read").isEmpty();

                List<CallQueue> queues = List.copyOf(form.getQueues());
                assertThat(queues).extracting(CallQueue::getName).containsExactly("Billing");
                assertThat(loaded.isLoaded(queues.get(0), "members")).as("the queue's agents, when its form's queues are asked for").isFalse();
                assertThat(usernamesRead(session)).containsExactlyInAnyOrder("agent1", "qa");
            } finally {
                em.close();
            }

            assertThat(get("qa", "evaluations/" + id).statusCode()).isEqualTo(200);
            JsonNode shown = json(get("qa", "forms/" + scorecard));
            assertThat(StreamSupport.stream(shown.get("queues").spliterator(), false).map(q -> q.get("name").asText()))
                    .as("the scorecard's queues still shown").containsExactly("Billing");
            JsonNode listed = json(get("admin", "queues?name=Billing")).get("items").get(0);
            assertThat(listed.get("members").size()).as("the queue's members still listed").isEqualTo((int) billingMembers);
        } finally {
            BillingScorecard.retire(scorecard);
        }
    }

    private static List<String> usernamesRead(Session session) {
        return read(session, User.class).stream().map(id -> session.find(User.class, id).getUsername()).toList();
    }

    /** The ids of the entities of this type in the session's persistence context. */
    private static List<Object> read(Session session, Class<?> type) {
        return session.getStatistics().getEntityKeys().stream().map(EntityKey.class::cast)
                .filter(k -> k.getEntityName().equals(type.getName())).map(EntityKey::getIdentifier).toList();
    }
}
