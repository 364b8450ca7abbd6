package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.earshot.calls.TelephonyRecorder;
import org.earshot.events.OutboxPublisher;
import org.earshot.events.ProcessedEvents;
import org.earshot.telephony.api.CallEvent;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Events committed but not yet published survive a {@code kill -9} of the server: on a server of its
 * own (container "crashable", its own base directory and database, so the shared one is untouched)
 * with publication paused, a durable subscriber subscribes and calls happen; the server process is
 * killed, started again without the pause, and the subscriber then receives every event the outbox
 * committed at least once, each call's in order, and after deduplication by event id exactly once.
 * The steps run in order, on the client (start, kill, stop) and in the server (subscribe, call, receive).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxCrashIT {

    private static final String SERVER = "crashable";
    private static final String APP = "earshot-crashable";
    /** Its ports: the tests' shared server's, shifted by this much more. */
    private static final int PORT_SHIFT = 50;
    private static final String SUBSCRIPTION = "outbox-crash-test";
    private static final int CALLS = 10;

    @ArquillianResource
    private ContainerController servers;

    @ArquillianResource
    private Deployer deployer;

    @EJB
    private TelephonyRecorder recorder;

    @EJB
    private ProcessedEvents processed;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connections;

    @Resource(lookup = "java:/jms/topic/earshot/events")
    private Topic events;

    @Deployment(name = APP, managed = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return Deployments.earshotWithTests();
    }

    @Test
    @Order(1)
    @RunAsClient
    void startsWithPublicationPaused() {
        servers.start(SERVER, server(true));
        deployer.deploy(APP);
    }

    @Test
    @Order(2)
    @OperateOnDeployment(APP)
    void aDurableSubscriberSubscribesAndCallsHappenWhilePublicationIsPaused() throws Exception {
        try (JMSContext jms = connections.createContext()) {
            jms.createSharedDurableConsumer(events, SUBSCRIPTION).close();
        }
        for (int call = 0; call < CALLS; call++) {
            // the demo agents 1001..1006, in turn
            MadeUpCall.of("crash-" + call + "-" + UUID.randomUUID(), "100" + (1 + call % 6))
                    .happens(recorder, CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        }
        Thread.sleep(2000); // the publisher polls every second: paused, it leaves them
        assertThat(Database.count("SELECT COUNT(*) FROM outbox_event")).as("events committed").isGreaterThanOrEqualTo(3 * CALLS);
        assertThat(Database.count("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NOT NULL")).as("published").isZero();
    }

    @Test
    @Order(3)
    @RunAsClient
    void theServerIsKilledAndStartedAgainWithoutThePause() throws Exception {
        ProcessHandle server = ProcessHandle.allProcesses().filter(OutboxCrashIT::isTheCrashableServer).findFirst().orElseThrow();
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(server.pid())).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -9 " + server.pid()).isZero();
        Eventually.answer(server::isAlive, alive -> !alive, Duration.ofSeconds(10));
        servers.stop(SERVER); // the process is gone: only Arquillian's view of it stops
        servers.start(SERVER, server(false));
    }

    @Test
    @Order(4)
    @OperateOnDeployment(APP)
    void theSubscriberReceivesEveryCommittedEventOnceAfterDeduplicationEachCallsInOrder() throws Exception {
        Eventually.answer(() -> Database.count("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL"), unpublished -> unpublished == 0,
                Duration.ofSeconds(30));
        Map<UUID, String> committed = committedEvents();
        List<PublishedEvent> received;
        try (JMSContext jms = connections.createContext();
             JMSConsumer subscriber = jms.createSharedDurableConsumer(events, SUBSCRIPTION)) {
            received = PublishedEvent.receive(subscriber, Integer.MAX_VALUE, Duration.ofSeconds(5));
        }
        assertThat(received.stream().map(PublishedEvent::eventId).collect(Collectors.toSet())).as("received at least once")
                .containsExactlyInAnyOrderElementsOf(committed.keySet());

        List<UUID> firstDeliveries = new ArrayList<>();
        for (PublishedEvent event : received) {
            transaction.begin();
            if (processed.firstDelivery(SUBSCRIPTION, event.eventId())) {
                firstDeliveries.add(event.eventId());
            }
            transaction.commit();
        }
        assertThat(firstDeliveries).as("processed once each after deduplication").hasSize(committed.size())
                .containsExactlyInAnyOrderElementsOf(committed.keySet());

        Map<String, List<String>> typesByCall = new LinkedHashMap<>();
        received.stream().filter(event -> event.aggregateType().equals("call"))
                .forEach(event -> typesByCall.computeIfAbsent(event.aggregateId(), call -> new ArrayList<>()).add(event.type()));
        assertThat(typesByCall).hasSize(CALLS).allSatisfy((call, types) ->
                assertThat(types.stream().distinct().toList()).as(call).containsExactly("call.started", "call.answered", "call.ended"));
    }

    @Test
    @Order(5)
    @RunAsClient
    void stops() {
        deployer.undeploy(APP);
        servers.stop(SERVER);
    }

    /** The crashable server's configuration: ports and database of its own, and publication paused or not. */
    private static Map<String, String> server(boolean paused) {
        int offset = Integer.getInteger("it.port-offset") + PORT_SHIFT;
        int rtpLast = Integer.getInteger("it.rtp-last-port");
        String db = System.getProperty("it.db") + "_crash";
        String vm = "-Xmx1g -Djboss.server.base.dir=" + System.getProperty("it.crash-base-dir")
                + " -Djboss.socket.binding.port-offset=" + offset
                + " -Dearshot.db.driver=postgresql -Dearshot.db.url=jdbc:postgresql://127.0.0.1:5432/" + db
                + " -Dearshot.db.user=" + System.getProperty("it.db") + "_app -Dearshot.db.password=earshot -Dearshot.demo-data=true"
                + " -Dearshot.recordings.keyset.create=true"
                + " -Dit.db=" + db + " -Dit.http-port=" + (Integer.getInteger("it.http-port") + PORT_SHIFT)
                + " -Dearshot.sip.port=" + (Integer.getInteger("it.sip-port") + PORT_SHIFT)
                + " -Dearshot.rtp.first-port=" + (rtpLast - 99) + " -Dearshot.rtp.last-port=" + rtpLast
                + (paused ? " -D" + OutboxPublisher.PAUSED + "=true" : "");
        return Map.of("javaVmArguments", vm, "managementPort", Integer.toString(Integer.getInteger("it.management-port") + PORT_SHIFT));
    }

    /** The server's JVM (the launcher starts java itself), known by its base directory. */
    private static boolean isTheCrashableServer(ProcessHandle process) {
        String baseDir = "-Djboss.server.base.dir=" + System.getProperty("it.crash-base-dir");
        return process.info().command().filter(command -> command.endsWith("/java")).isPresent()
                && process.info().arguments().map(arguments -> Arrays.asList(arguments).contains(baseDir)).orElse(false);
    }

    private static Map<UUID, String> committedEvents() throws Exception {
        Map<UUID, String> committed = new LinkedHashMap<>();
        try (Connection db = Database.superuser(); Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("SELECT event_id, event_type FROM outbox_event ORDER BY id")) {
            while (rows.next()) {
                committed.put(rows.getObject(1, UUID.class), rows.getString(2));
            }
        }
        return committed;
    }
}
