package org.earshot.telephony.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javax.sip.SipException;
import org.earshot.telephony.call.ActiveCall;
import org.earshot.telephony.call.CallEvent;
import org.earshot.telephony.directory.DigestAlgorithm;
import org.earshot.telephony.sip.SipServer;
import org.earshot.telephony.sip.SipSettings;

/**
 * Earshot's SIP server running for one test on free loopback ports, the call events it reported,
 * and a block of UDP ports for the test's phones: phone n gets media port {@link #phoneMedia(int)}
 * (sipp also binds the one two above it), Earshot's own RTP range lies above the phones'.
 */
public final class Earshot implements AutoCloseable {

    private static final int PHONES = 16;
    private static final int PORTS_PER_PHONE = 4;
    private static final int RELAY_PORTS = 64;
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final SipServer server;
    private final int port;
    private final int mediaBase;
    private final List<CallEvent> events;

    private Earshot(SipServer server, int port, int mediaBase, List<CallEvent> events) {
        this.server = server;
        this.port = port;
        this.mediaBase = mediaBase;
        this.events = events;
    }

    /** Starts Earshot with MD5 challenges (sipp knows no other) and the test's changes to the settings. */
    public static Earshot start(Subscribers subscribers, UnaryOperator<SipSettings> adjust) throws SipException {
        int port = FreePorts.udpAndTcp();
        int mediaBase = FreePorts.udpBlock(PHONES * PORTS_PER_PHONE + RELAY_PORTS);
        int relayBase = mediaBase + PHONES * PORTS_PER_PHONE;
        SipSettings settings = adjust.apply(SipSettings.of("127.0.0.1", port, "earshot", "earshot-test-" + port)
                .withChallenges(DigestAlgorithm.MD5).withRtpPorts(relayBase, relayBase + RELAY_PORTS - 1));
        List<CallEvent> events = new CopyOnWriteArrayList<>();
        SipServer server = new SipServer(settings, subscribers, events::add, Clock.systemUTC());
        server.start();
        return new Earshot(server, port, mediaBase, events);
    }

    public static Earshot start(Subscribers subscribers) throws SipException {
        return start(subscribers, UnaryOperator.identity());
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

    /** A sipp phone registers an extension from a local SIP port (its binding); fails the test if refused. */
    public void register(String extension, String password, int fromPort) throws Exception {
        Sipp.Result registered = Sipp.scenario("register_auth.xml").fromPort(fromPort)
                .arg("-s", extension, "-au", extension, "-ap", password).runAgainst(port);
        assertThat(registered.succeeded()).as(registered.describe()).isTrue();
    }

    public List<CallEvent> events() {
        return List.copyOf(events);
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

    @Override
    public void close() {
        server.stop();
    }
}
