package org.earshot.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a request Earshot cannot use gets, over UDP and TCP (RFC 3261 §8.2, §21): 400 naming the
 * missing or malformed header, 505 for another SIP version, 501 for a method it does not know (405
 * stays for one it knows and does not handle), 513 for a message over the size limit on TCP, after
 * which the connection is closed. Each is counted, and the counts are readable over JMX.
 */
class MalformedRequestTest {

    private static final int TIMEOUT_MILLIS = 3000;

    @RegisterExtension
    final Earshot earshot = new Earshot(new Subscribers("earshot"));

    @Test
    void requestWithoutCallIdOverUdpGetsBadRequestNamingIt() throws Exception {
        String answer = overUdp(socket -> request("OPTIONS", "SIP/2.0", "UDP", socket).without("Call-ID"));

        assertThat(answer).startsWith("SIP/2.0 400 Missing Call-ID\r\n");
        assertThat(earshot.server().statistics().badRequests()).isEqualTo(1);
    }

    @Test
    void requestWithAMalformedHeaderOverUdpGetsBadRequestNamingIt() throws Exception {
        String answer = overUdp(socket -> request("OPTIONS", "SIP/2.0", "UDP", socket).replace("To", "<sip:1002@127.0"));

        assertThat(answer).startsWith("SIP/2.0 400 Malformed To\r\n");
    }

    @Test
    void datagramCutOffInsideItsHeadersGetsBadRequest() throws Exception {
        String answer = overUdp(socket -> {
            String whole = request("INVITE", "SIP/2.0", "UDP", socket).text();
            return whole.substring(0, whole.indexOf("To:") + 12);
        });

        assertThat(answer).startsWith("SIP/2.0 400 Truncated headers\r\n");
    }

    @Test
    void requestWithoutEvenAViaIsDroppedAndCounted() throws Exception {
        String answer = overUdp(socket -> request("OPTIONS", "SIP/2.0", "UDP", socket).without("Via"));

        assertThat(answer).isNull();
        assertThat(earshot.server().statistics().unparsable()).isEqualTo(1);
        assertThat(earshot.server().statistics().badRequests()).isZero();
    }

    @Test
    void anotherSipVersionGetsVersionNotSupported() throws Exception {
        assertThat(overUdp(socket -> request("OPTIONS", "SIP/3.0", "UDP", socket).text()))
                .startsWith("SIP/2.0 505 ");
        assertThat(overTcp(request("OPTIONS", "SIP/3.0", "TCP", 5060).text()).answer()).startsWith("SIP/2.0 505 ");
        assertThat(earshot.server().statistics().unsupportedVersions()).isEqualTo(2);
    }

    @Test
    void unknownMethodIsNotImplementedAndAKnownOneEarshotDoesNotHandleIsNotAllowed() throws Exception {
        String unknown = overUdp(socket -> request("FROB", "SIP/2.0", "UDP", socket).text());
        String known = overUdp(socket -> request("MESSAGE", "SIP/2.0", "UDP", socket).text());

        assertThat(unknown).startsWith("SIP/2.0 501 ").contains("Allow: ");
        assertThat(known).startsWith("SIP/2.0 405 ").contains("Allow: ");
        assertThat(earshot.server().statistics().notImplemented()).isEqualTo(1);
    }

    @Test
    void subscribeWithoutTheContactItNeedsGetsBadRequestNamingIt() throws Exception {
        String answer = overUdp(socket -> request("SUBSCRIBE", "SIP/2.0", "UDP", socket).text());

        assertThat(answer).startsWith("SIP/2.0 400 Missing Contact\r\n");
        assertThat(earshot.server().statistics().badRequests()).isEqualTo(1);
    }

    @Test
    void requestWithoutCallIdOverTcpGetsBadRequestToo() throws Exception {
        Exchange exchange = overTcp(request("OPTIONS", "SIP/2.0", "TCP", 5060).without("Call-ID"));

        assertThat(exchange.answer()).startsWith("SIP/2.0 400 Missing Call-ID\r\n");
        assertThat(exchange.closed()).isFalse();
    }

    @Test
    void messageOverTheSizeLimitOnTcpGetsMessageTooLargeAndTheConnectionCloses() throws Exception {
        String body = "x".repeat(20000);
        Exchange exchange = overTcp(request("MESSAGE", "SIP/2.0", "TCP", 5060)
                .withBody("Content-Type: text/plain", body));

        assertThat(exchange.answer()).startsWith("SIP/2.0 513 ");
        assertThat(exchange.closed()).isTrue();
        assertThat(earshot.server().statistics().tooLarge()).isEqualTo(1);
    }

    @Test
    void theCountsAreReadableOverJmx() throws Exception {
        ObjectName name = StatisticsMBean.objectName("earshot-test-" + earshot.port());
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        assertThat(jmx.getAttribute(name, "badRequests")).isEqualTo(0L);

        overUdp(socket -> request("OPTIONS", "SIP/2.0", "UDP", socket).without("CSeq"));

        assertThat(jmx.getAttribute(name, "badRequests")).isEqualTo(1L);
        assertThat(jmx.getMBeanInfo(name).getAttributes()).extracting(MBeanAttributeInfo::getName)
                .contains("unparsable", "badRequests", "unsupportedVersions", "tooLarge", "notImplemented",
                        "rateLimited", "overCapacity", "unknownUsers", "wrongCredentials");
    }

    @Test
    void wellFormedRequestsAreStillAnsweredOnBothTransports() throws Exception {
        assertThat(overUdp(socket -> request("OPTIONS", "SIP/2.0", "UDP", socket).text())).startsWith("SIP/2.0 200 ");
        assertThat(overTcp(request("OPTIONS", "SIP/2.0", "TCP", 5060).text()).answer()).startsWith("SIP/2.0 200 ");
        assertThat(earshot.server().statistics()).isEqualTo(new SipStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    private static RawRequest request(String method, String version, String transport, int viaPort) {
        return new RawRequest(method, version, transport, viaPort);
    }

    /** A request as a peer would write it, with a header left out or replaced, or a body added. */
    private record RawRequest(String method, String version, String transport, int viaPort) {

        String text() {
            return firstLine() + headers("", "") + "Content-Length: 0\r\n\r\n";
        }

        String without(String header) {
            return firstLine() + headers(header, null) + "Content-Length: 0\r\n\r\n";
        }

        String replace(String header, String value) {
            return firstLine() + headers(header, value) + "Content-Length: 0\r\n\r\n";
        }

        String withBody(String contentType, String body) {
            return firstLine() + headers("", "") + contentType + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
        }

        private String firstLine() {
            return method + " sip:1002@127.0.0.1 " + version + "\r\n";
        }

        private String headers(String changed, String value) {
            StringBuilder text = new StringBuilder();
            long unique = System.nanoTime();
            String[][] headers = {
                {"Via", "SIP/2.0/" + transport + " 127.0.0.1:" + viaPort + ";branch=z9hG4bK-" + unique},
                {"From", "<sip:probe@127.0.0.1>;tag=" + unique},
                {"To", "<sip:1002@127.0.0.1>"},
                {"Call-ID", "malformed-" + unique},
                {"CSeq", "1 " + method},
                {"Max-Forwards", "70"},
            };
            for (String[] header : headers) {
                String shown = header[0].equals(changed) ? value : header[1];
                if (shown != null) {
                    text.append(header[0]).append(": ").append(shown).append("\r\n");
                }
            }
            return text.toString();
        }
    }

    private interface Datagram {
        String of(int localPort);
    }

    /** The answer to one datagram from a fresh port, or null when none came. */
    private String overUdp(Datagram datagram) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            byte[] bytes = datagram.of(socket.getLocalPort()).getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), earshot.port()));
            byte[] buffer = new byte[65535];
            DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(answer);
                return new String(buffer, 0, answer.getLength(), StandardCharsets.US_ASCII);
            } catch (SocketTimeoutException e) {
                return null;
            }
        }
    }

    /** The first answer on a fresh connection, and whether Earshot closed the connection after it. */
    private record Exchange(String answer, boolean closed) {
    }

    private Exchange overTcp(String message) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), earshot.port())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(message.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            boolean closed = false;
            try {
                int next;
                while ((next = in.read()) >= 0) {
                    answer.write(next);
                    if (answer.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                        break;
                    }
                }
                closed = next < 0 || in.read() < 0;
            } catch (SocketTimeoutException open) {
                // nothing more came and the connection stayed open
            } catch (IOException reset) {
                closed = true;
            }
            return new Exchange(answer.toString(StandardCharsets.US_ASCII), closed);
        }
    }
}
