package org.earshot.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the embedded broker accepts a connection and the domain events topic is configured. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    static final String EVENTS_TOPIC = "java:/jms/topic/earshot/events";

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory broker;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = broker.createContext()) {
            // Looked up on every check: the topic may be removed from the configuration at run time.
            Topic events = (Topic) new InitialContext().lookup(EVENTS_TOPIC);
            context.start();
            return HealthCheckResponse.named("broker").up().withData("eventsTopic", events.getTopicName()).build();
        } catch (JMSRuntimeException | JMSException | NamingException e) {
            return HealthCheckResponse.named("broker").down().withData("eventsTopic", EVENTS_TOPIC)
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
