package org.earshot.telephony.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javax.sip.SipException;
import org.earshot.telephony.api.AgentStateReport;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.SubscriptionRequest;
import org.earshot.telephony.call.ActiveCall;
import org.earshot.telephony.directory.DigestAlgorithm;
import org.earshot.telephony.api.SecurityReport;
import org.earshot.telephony.sip.SipServer;
import org.earshot.telephony.sip.SipSettings;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Earshot's SIP server running for a test on free loopback ports (a JUnit extension: started
 * before each test, stopped after it), the call events it reported, and a block of UDP ports for
 * the test's phones: phone n gets media port {@link #phoneMedia(int)} (sipp also binds the one two
 * above it); Earshot's own RTP range lies above the phones'. Challenges are MD5 unless the test
 * says otherwise, as sipp knows no other.
 */
public final class Earshot implements BeforeEachCallback, AfterEachCallback {

    private static final int PHONES = 16;
    private static final int PORTS_PER_PHONE = 4;
    private static final int RELAY_PORTS = 64;
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final Subscribers subscribers;
    private final Queues queues;
    private final UnaryOperator<SipSettings> adjust;
    private final List<CallEvent> events = new CopyOnWriteArrayList<>();
    private final List<AgentStateReport> agentStates = new CopyOnWriteArrayList<>();
    private final List<SubscriptionRequest> subscriptionRequests = new CopyOnWriteArrayList<>();
    private final List<SecurityReport> securityReports = new CopyOnWriteArrayList<>();
    private SipServer server;
    private int port;
    private int mediaBase;
    private int relayBase;

    public Earshot(Subscribers subscribers, Queues queues, UnaryOperator<SipSettings> adjust) {
        this.subscribers = subscribers;
        this.queues = queues;
        this.adjust = adjust;
    }

    public Earshot(Subscribers subscribers, UnaryOperator<SipSettings> adjust) {
        this(subscribers, new Queues(), adjust);
    }

    public Earshot(Subscribers subscribers) {
        this(subscribers, UnaryOperator.identity());
    }

    public void start() throws SipException {
        port = FreePorts.udpAndTcp();
        mediaBase = FreePorts.udpBlock(PHONES * PORTS_PER_PHONE + RELAY_PORTS);
        relayBase = mediaBase + PHONES * PORTS_PER_PHONE;
        SipSettings settings = adjust.apply(SipSettings.of("127.0.0.1", port, "earshot", "earshot-test-" + port)
                .withChallenges(DigestAlgorithm.MD5).withRtpPorts(relayBase, relayBase + RELAY_PORTS - 1));
        server = new SipServer(settings, subscribers, queues, events::add, agentStates::add, subscriptionRequests::add,
                securityReports::add, Clock.systemUTC());
        server.start();
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SipException {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }

    public int port() {
        return port;
    }

    public SipServer server() {
        return server;
    }

    /** The first of the ports phone n of the test may use for media. */
    public int phoneMedia(int phone) {
        if (phone < 0 || phone >= PHONES) {
            throw new IllegalArgumentException("Phones are numbered 0 to " + (PHONES - 1));
        }
        return mediaBase + phone * PORTS_PER_PHONE;
    }

    /** A sipp phone of the test: its media on phone slot n, streaming a tone when its scenario says so (-key tone). */
    public Sipp phone(String scenario, int phone, int toneHertz) throws IOException {
        return Sipp.scenario(scenario).arg("-mi", "127.0.0.1", "-mp", String.valueOf(phoneMedia(phone)),
                "-key", "tone", Tone.pcmu(toneHertz) + ",-1,0");
    }

    /** A phone as {@link #phone}, whose SIP port is first registered for the extension, so that Earshot rings it. */
    public Sipp registeredPhone(String scenario, String extension, String password, int phone, int toneHertz)
            throws Exception {
        int sipPort = FreePorts.udpAndTcp();
        register(extension, password, sipPort);
        return phone(scenario, phone, toneHertz).fromPort(sipPort);
    }

    /** A sipp phone registers an extension from a local SIP port (its binding); fails the test if refused. */
    public void register(String extension, String password, int fromPort) throws Exception {
        Sipp.Result registered = Sipp.scenario("register_auth.xml").fromPort(fromPort)
                .arg("-s", extension, "-au", extension, "-ap", password).runAgainst(port);
        assertThat(registered.succeeded()).as(registered.describe()).isTrue();
    }

    public List<CallEvent> events() {
        return List.copyOf(events);
    }

    /** Every change of an agent's state Earshot reported, in order. */
    public List<AgentStateReport> agentStates() {
        return List.copyOf(agentStates);
    }

    /** The subscriptions to extensions' calls (BLF) put to the EJB layer for a decision, in order. */
    public List<SubscriptionRequest> subscriptionRequests() {
        return List.copyOf(subscriptionRequests);
    }

    /** The security reports the server made, one per misbehaving source per interval, in order. */
    public List<SecurityReport> securityReports() {
        return List.copyOf(securityReports);
    }

    public List<CallEvent.Type> eventTypes() {
        return events.stream().map(CallEvent::type).toList();
    }

    /** The first event of the type that matches, waiting for it as long as a call scenario may take. */
    public CallEvent awaitEvent(CallEvent.Type type, Predicate<CallEvent> matching) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (CallEvent event : events) {
                if (event.type() == type && matching.test(event)) {
                    return event;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No " + type + " event within " + WAIT + "; events: " + events);
    }

    public CallEvent awaitEvent(CallEvent.Type type) throws InterruptedException {
        return awaitEvent(type, event -> true);
    }

    /** The one call under way. */
    public ActiveCall onlyCall() {
        List<ActiveCall> calls = server.activeCalls();
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    /**
     * Nothing of any call is left: no call is under way, and every RTP port of Earshot's range can be
     * bound again (an ended call gives its ports back at once; the relay's selector lets go of the
     * sockets a moment later, so this waits for that as long as a call scenario may take).
     */
    public void assertNoCallLeft() throws InterruptedException {
        assertThat(server.activeCalls()).isEmpty();
        long deadline = System.nanoTime() + WAIT.toNanos();
        int taken;
        while ((taken = firstTakenRelayPort()) != 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Earshot's RTP port " + taken + " is still bound after " + WAIT);
            }
            Thread.sleep(20);
        }
    }

    /** The first RTP port of Earshot's range something still has bound, or 0. */
    private int firstTakenRelayPort() {
        for (int port = relayBase; port < relayBase + RELAY_PORTS; port += 2) {
            try (DatagramSocket probe = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
                // free
            } catch (IOException taken) {
                return port;
            }
        }
        return 0;
    }

    /** Over the next second, the one call under way carries audio both ways through Earshot (50 packets a second each way). */
    public void assertAudioFlowsBothWays() throws InterruptedException {
        CallEvent.MediaSummary before = onlyCall().media();
        Thread.sleep(1000);
        CallEvent.MediaSummary after = onlyCall().media();
        assertThat(after.fromCaller() - before.fromCaller()).as("packets from the caller").isGreaterThan(35);
        assertThat(after.toAgent() - before.toAgent()).as("packets to the agent").isGreaterThan(35);
        assertThat(after.fromAgent() - before.fromAgent()).as("packets from the agent").isGreaterThan(35);
        assertThat(after.toCaller() - before.toCaller()).as("packets to the caller").isGreaterThan(35);
    }
}
