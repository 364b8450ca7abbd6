package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.transaction.UserTransaction;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.earshot.audit.RequestOrigin;
import org.earshot.calls.TelephonyRecorder;
import org.earshot.events.OutboxPublisher;
import org.earshot.events.ProcessedEvents;
import org.earshot.recording.PlaybackAudio;
import org.earshot.recording.Recording;
import org.earshot.recording.RecordingFilter;
import org.earshot.recording.RecordingMode;
import org.earshot.recording.RecordingPlayback;
import org.earshot.recording.RecordingPolicyService;
import org.earshot.recording.RecordingPolicySettings;
import org.earshot.recording.RecordingQueries;
import org.earshot.recording.RecordingStatus;
import org.earshot.recording.RecordingTrack;
import org.earshot.recording.RecordingView;
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
 * What a {@code kill -9} of the server leaves behind is recovered, on a server of its own (container
 * "crashable", its own base directory and database, so the shared one is untouched):
 * <ul>
 * <li>Events committed but not yet published survive: with publication paused, a durable subscriber
 * subscribes and calls happen; after the restart (without the pause) the subscriber receives every
 * event the outbox committed at least once, each call's in order, and after deduplication by event
 * id exactly once.</li>
 * <li>A call being recorded when the server dies leaves a recording that is playable to within a
 * second of the kill and marked incomplete, with its speech signals from the track read back: never
 * silently lost, never left unreadable.</li>
 * </ul>
 * The steps run in order, on the client (start, kill, stop) and in the server (subscribe, call, receive).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final String SERVER = "crashable";
    private static final String APP = "earshot-crashable";
    /** Its ports: the tests' shared server's, shifted by this much more. */
    private static final int PORT_SHIFT = 50;
    private static final String SUBSCRIPTION = "outbox-crash-test";
    private static final int CALLS = 10;
    private static final String MADE_UP = "crash-";
    /** How long the recorded call has been recorded, at least, when the server is killed. */
    private static final Duration RECORDED_BEFORE_THE_KILL = Duration.ofSeconds(4);
    /** Where the client leaves the moment of the kill for the restarted server's test to read. */
    private static final String KILLED_AT = "killed-at";
    /** Where the server leaves the moment the real call was placed, which tells its recording from the demo's. */
    private static final String CALLED_AT = "called-at";

    @ArquillianResource
    private ContainerController servers;

    @ArquillianResource
    private Deployer deployer;

    @EJB
    private TelephonyRecorder recorder;

    @EJB
    private ProcessedEvents processed;

    @EJB
    private RecordingPolicyService recordingPolicies;

    @EJB
    private RecordingQueries recordings;

    @EJB
    private RecordingPlayback playback;

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
            MadeUpCall.of(MADE_UP + call + "-" + UUID.randomUUID(), "100" + (1 + call % 6))
                    .happens(recorder, CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
        }
        Thread.sleep(2000); // the publisher polls every second: paused, it leaves them
        assertThat(Database.count("SELECT COUNT(*) FROM outbox_event")).as("events committed").isGreaterThanOrEqualTo(3 * CALLS);
        assertThat(Database.count("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NOT NULL")).as("published").isZero();
    }

    @Test
    @Order(3)
    @OperateOnDeployment(APP)
    void aRealCallIsBeingRecorded() throws Exception {
        As.user("admin", () -> recordingPolicies.change(null, new RecordingPolicySettings(RecordingMode.ALL, 100, false, 30, true, 120)));
        Instant calledAt = Instant.now();
        Files.writeString(baseDir().resolve(CALLED_AT), calledAt.toString());
        Phones.callAgent("1002", Duration.ofSeconds(60)); // the phones outlive the server; their scripts time out
        RecordingView recording = Eventually.answer(() -> theRecording(calledAt), found -> found.isPresent(), Duration.ofSeconds(15)).orElseThrow();
        assertThat(recording.status()).isEqualTo(RecordingStatus.RECORDING);
        Thread.sleep(RECORDED_BEFORE_THE_KILL.toMillis());
    }

    @Test
    @Order(4)
    @RunAsClient
    void theServerIsKilledAndStartedAgainWithoutThePause() throws Exception {
        ProcessHandle server = ProcessHandle.allProcesses().filter(CrashRecoveryIT::isTheCrashableServer).findFirst().orElseThrow();
        Instant killing = Instant.now();
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(server.pid())).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -9 " + server.pid()).isZero();
        Eventually.answer(server::isAlive, alive -> !alive, Duration.ofSeconds(10));
        Files.writeString(Path.of(System.getProperty("it.crash-base-dir"), KILLED_AT), killing.toString());
        servers.stop(SERVER); // the process is gone: only Arquillian's view of it stops
        servers.start(SERVER, server(false));
    }

    @Test
    @Order(5)
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
        // the made-up calls' (the recorded call of a later step is a real one, ended by the restart)
        received.stream().filter(event -> event.aggregateType().equals("call") && event.aggregateId().startsWith(MADE_UP))
                .forEach(event -> typesByCall.computeIfAbsent(event.aggregateId(), call -> new ArrayList<>()).add(event.type()));
        assertThat(typesByCall).hasSize(CALLS).allSatisfy((call, types) ->
                assertThat(types.stream().distinct().toList()).as(call).containsExactly("call.started", "call.answered", "call.ended"));
    }

    @Test
    @Order(6)
    @OperateOnDeployment(APP)
    void theRecordingIsPlayableToWithinASecondOfTheKillAndMarkedIncomplete() throws Exception {
        Instant killedAt = Instant.parse(Files.readString(baseDir().resolve(KILLED_AT)));
        Instant calledAt = Instant.parse(Files.readString(baseDir().resolve(CALLED_AT)));
        RecordingView recording = Eventually.answer(() -> theRecording(calledAt),
                found -> found.isPresent() && found.get().status() != RecordingStatus.RECORDING, Duration.ofSeconds(30)).orElseThrow();
        assertThat(recording.status()).isEqualTo(RecordingStatus.INCOMPLETE);
        assertThat(recording.incompleteReason()).isEqualTo(Recording.SERVER_STOPPED);
        assertThat(recording.speech()).as("speech signals from the re-sealed track read back").isNotNull();
        assertThat(Database.count("SELECT COUNT(*) FROM recording_speech WHERE recording_id = ? AND source = 'READ_BACK'", recording.id()))
                .isEqualTo(1);
        long recordedUntilTheKill = Duration.between(recording.startedAt(), killedAt).toMillis();
        assertThat(recording.durationMillis()).as("recorded %d ms of the %d ms before the kill", recording.durationMillis(), recordedUntilTheKill)
                .isGreaterThanOrEqualTo(recordedUntilTheKill - 1000).isLessThanOrEqualTo(recordedUntilTheKill + 200);

        RequestOrigin origin = new RequestOrigin();
        origin.setAddress("127.0.0.1");
        long read = As.user("sup.billing", () -> {
            try (PlaybackAudio audio = playback.open(recording.id(), RecordingTrack.CALL, false, origin)) {
                ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
                long total = 0;
                for (int count; (count = audio.audio().read(buffer.clear())) >= 0; ) {
                    total += count;
                }
                return total;
            }
        });
        assertThat(read).as("every byte of it decrypts").isBetween(recording.durationMillis() * 32, recording.durationMillis() * 32 + 31);
    }

    @Test
    @Order(7)
    @RunAsClient
    void stops() {
        deployer.undeploy(APP);
        servers.stop(SERVER);
    }

    /** The real call's recording: the only one started since it was placed (the demo's are older). */
    private Optional<RecordingView> theRecording(Instant calledAt) {
        RecordingFilter sinceTheCall = new RecordingFilter(calledAt, null, null, null, null, null, null, null, null, null, null, null);
        return As.user("sup.billing", () -> recordings.search(sinceTheCall, 0, 2)).stream().reduce((one, another) -> {
            throw new AssertionError("More than one recording since the call: " + one.id() + ", " + another.id());
        });
    }

    /** The crashable server's base directory, seen from inside it. */
    private static Path baseDir() {
        return Path.of(System.getProperty("jboss.server.base.dir"));
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
                + " -Dit.sip-port=" + (Integer.getInteger("it.sip-port") + PORT_SHIFT)
                + " -Dearshot.sip.digest=MD5,SHA-256" // sipp's phones answer MD5 challenges only
                + " -Dsipp.scenarios=" + System.getProperty("sipp.scenarios")
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
