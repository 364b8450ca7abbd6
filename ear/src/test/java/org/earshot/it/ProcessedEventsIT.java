package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.earshot.events.ProcessedEvents;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A consumer's deduplication on PostgreSQL, in the consumer's transaction: an event is a first
 * delivery once per consumer; a delivery whose transaction rolled back did not count; of two
 * deliveries of one event processed at the same time, exactly one is the first.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessedEventsIT {

    @EJB
    private ProcessedEvents processed;

    @Resource
    private UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    void anEventIsFirstDeliveredOncePerConsumer() throws Exception {
        UUID event = UUID.randomUUID();
        assertThat(committed(() -> processed.firstDelivery("recording", event))).as("first delivery").isTrue();
        assertThat(committed(() -> processed.firstDelivery("recording", event))).as("redelivery").isFalse();
        assertThat(committed(() -> processed.firstDelivery("coaching", event))).as("another consumer").isTrue();
    }

    @Test
    void aDeliveryWhoseProcessingRolledBackIsProcessedAgain() throws Exception {
        UUID event = UUID.randomUUID();
        transaction.begin();
        assertThat(processed.firstDelivery("recording", event)).isTrue();
        transaction.rollback();
        assertThat(committed(() -> processed.firstDelivery("recording", event))).as("redelivery after the rollback").isTrue();
    }

    @Test
    void ofTwoDeliveriesProcessedTogetherOneIsTheFirst() throws Exception {
        UUID event = UUID.randomUUID();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> firsts = new ArrayList<>();
            for (int consumer = 0; consumer < 2; consumer++) {
                firsts.add(consumers.submit(() -> committed(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return processed.firstDelivery("recording", event);
                })));
            }
            List<Boolean> answers = new ArrayList<>();
            for (Future<Boolean> first : firsts) {
                answers.add(first.get(30, TimeUnit.SECONDS));
            }
            assertThat(answers).containsExactlyInAnyOrder(true, false);
        } finally {
            consumers.shutdownNow();
        }
    }

    private <T> T committed(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
