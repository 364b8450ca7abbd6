package org.earshot.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when Earshot's SIP listener answers: an OPTIONS request over UDP to the address and port
 * the SIP adapter listens on (system properties {@code earshot.sip.address} and
 * {@code earshot.sip.port}, as the adapter reads them) must get a SIP response within two seconds.
 * It asks from outside, as a phone would, so it sees what phones see.
 */
@Readiness
@ApplicationScoped
public class SipListenerReadiness implements HealthCheck {

    private static final int TIMEOUT_MILLIS = 2000;

    @Override
    public HealthCheckResponse call() {
        InetSocketAddress listener = listener();
        String target = listener.getAddress().getHostAddress() + ":" + listener.getPort();
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(listener.getAddress(), 0))) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            byte[] options = options(socket.getLocalPort(), listener).getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(options, options.length, listener));
            DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
            socket.receive(answer);
            String statusLine = new String(answer.getData(), 0, answer.getLength(), StandardCharsets.UTF_8).lines()
                    .findFirst().orElse("");
            return HealthCheckResponse.named("sip-listener").status(statusLine.startsWith("SIP/2.0 "))
                    .withData("listener", target).withData("answer", statusLine).build();
        } catch (IOException e) {
            return HealthCheckResponse.named("sip-listener").down().withData("listener", target)
                    .withData("error", "no SIP answer: " + e.getMessage()).build();
        }
    }

    /** The adapter's listening address; one that listens on all interfaces is asked on loopback. */
    static InetSocketAddress listener() {
        String address = System.getProperty("earshot.sip.address", "127.0.0.1");
        InetSocketAddress configured = new InetSocketAddress(address, Integer.getInteger("earshot.sip.port", 5060));
        return configured.getAddress() != null && configured.getAddress().isAnyLocalAddress()
                ? new InetSocketAddress(InetAddress.getLoopbackAddress(), configured.getPort()) : configured;
    }

    static String options(int localPort, InetSocketAddress listener) {
        String host = listener.getAddress().getHostAddress();
        String uri = "sip:" + host + ":" + listener.getPort();
        String id = UUID.randomUUID().toString();
        return "OPTIONS " + uri + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP " + host + ":" + localPort + ";branch=z9hG4bK" + id + ";rport\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:health@" + host + ">;tag=" + id.substring(0, 8) + "\r\n"
                + "To: <" + uri + ">\r\n"
                + "Call-ID: " + id + "@" + host + "\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Content-Length: 0\r\n\r\n";
    }
}
