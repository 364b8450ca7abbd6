package org.earshot.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.testing.Earshot;
import org.earshot.telephony.testing.Sipp;
import org.earshot.telephony.testing.Subscribers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input and overload: a flooding source is refused with 503 and Retry-After (but the calls it
 * already has can still hang up), calls beyond the
 * maximum are refused while the call under way keeps its audio, and datagrams that are not SIP are
 * dropped and counted. Earshot keeps answering throughout.
 */
class OverloadSippTest {

    private Earshot earshot;

    @AfterEach
    void stop() {
        earshot.stop();
    }

    @Test
    void sourceSendingTooFastIsRefusedWithRetryAfterAndServedAgainLater() throws Exception {
        start(settings -> settings.withRequestRate(5, 5));

        Sipp.Result burst = Sipp.scenario("probe_rate_limited.xml").calls(20).arg("-r", "200").runAgainst(earshot.port());

        assertThat(burst.succeeded()).as(burst.describe()).isTrue();
        long answered = burst.logged().lines().filter("answered"::equals).count();
        long refused = burst.logged().lines().filter(line -> line.startsWith("refused, retry after 1 s")).count();
        assertThat(answered + refused).isEqualTo(20);
        assertThat(answered).isBetween(5L, 10L);
        assertThat(earshot.server().statistics().rateLimited()).isEqualTo(refused);
        Thread.sleep(1200); // the bucket refills
        assertThat(Sipp.scenario("options.xml").runAgainst(earshot.port()).succeeded()).isTrue();
    }

    @Test
    void callUnderWayHangsUpWhileItsSourceIsThrottled() throws Exception {
        // One token a second, three at once: the agent's two REGISTERs and the INVITE use them up.
        start(settings -> settings.withRequestRate(1, 3));
        Sipp.Running agent = earshot.registeredPhone("agent_answers_tone.xml", "1002", "secret-1002", 1, 2600)
                .startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone("caller_tone.xml", 0, 1000).arg("-s", "1002", "-d", "3000").startAgainst(earshot.port());
        earshot.awaitEvent(CallEvent.Type.ANSWERED);

        // 4 s of requests from the same address at 100/s keep its bucket empty while the caller's BYE comes.
        Sipp.Result flood = Sipp.scenario("probe_rate_limited.xml").calls(400).arg("-r", "100").runAgainst(earshot.port());
        Sipp.Result first = caller.finish();
        Sipp.Result answered = agent.finish();

        assertThat(flood.logged().lines().filter(line -> line.startsWith("refused")).count()).isGreaterThan(300);
        assertThat(first.succeeded()).as(first.describe()).isTrue();
        assertThat(answered.succeeded()).as(answered.describe()).isTrue();
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
    }

    @Test
    void callBeyondTheMaximumIsRefusedWhileTheCallUnderWayKeepsItsAudio() throws Exception {
        start(settings -> settings.withMaxCalls(1));
        Sipp.Running agent = earshot.registeredPhone("agent_answers_tone.xml", "1002", "secret-1002", 1, 2600)
                .startAgainst(earshot.port());
        Sipp.Running caller = earshot.phone("caller_tone.xml", 0, 1000).arg("-s", "1002", "-d", "3000").startAgainst(earshot.port());
        earshot.awaitEvent(CallEvent.Type.ANSWERED);

        Sipp.Result second = earshot.phone("caller_refused.xml", 2, 1000).arg("-s", "1002", "-key", "codecs", "0 96")
                .runAgainst(earshot.port());
        earshot.assertAudioFlowsBothWays();
        Sipp.Result first = caller.finish();
        Sipp.Result answered = agent.finish();

        assertThat(second.succeeded()).as(second.describe()).isTrue();
        assertThat(second.logged()).contains("SIP/2.0 503 Earshot carries its maximum of 1 calls");
        assertThat(earshot.server().statistics().overCapacity()).isEqualTo(1);
        assertThat(first.succeeded()).as(first.describe()).isTrue();
        assertThat(answered.succeeded()).as(answered.describe()).isTrue();
        assertThat(earshot.eventTypes()).containsExactly(CallEvent.Type.RINGING, CallEvent.Type.ANSWERED, CallEvent.Type.ENDED);
    }

    @Test
    void datagramsThatAreNotSipAreDroppedAndCountedAndEarshotStillAnswers() throws Exception {
        start(UnaryOperator.identity());
        String truncated = "INVITE sip:1002@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK-cut\r\n"
                + "From: <sip:caller@127.0.0.1:5999>;tag=1\r\nTo: <sip:1002@127.0";

        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            send(socket, new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xFF, 0x00, 'g', 'a', 'r', 'b', 'a', 'g', 'e'});
            send(socket, "hello, is this SIP?\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            send(socket, truncated.getBytes(StandardCharsets.US_ASCII));
        }

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (earshot.server().statistics().unparsable() + earshot.server().statistics().badRequests() < 3
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // the truncated INVITE has a Via to answer along: it gets 400 (MalformedRequestTest), the others nothing
        assertThat(earshot.server().statistics().unparsable()).isEqualTo(2);
        assertThat(earshot.server().statistics().badRequests()).isEqualTo(1);
        Sipp.Result probe = Sipp.scenario("options.xml").runAgainst(earshot.port());
        assertThat(probe.succeeded()).as(probe.describe()).isTrue();
        assertThat(earshot.server().statistics().unparsable()).isEqualTo(2);
    }

    private void start(UnaryOperator<SipSettings> settings) throws Exception {
        earshot = new Earshot(new Subscribers("earshot").add("1002", "secret-1002"), settings);
        earshot.start();
    }

    private void send(DatagramSocket socket, byte[] datagram) throws Exception {
        socket.send(new DatagramPacket(datagram, datagram.length, InetAddress.getLoopbackAddress(), earshot.port()));
    }
}
