package org.earshot.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.earshot.telephony.testing.FreePorts;
import org.junit.jupiter.api.Test;

/** The relay on real loopback sockets: packets from each party reach the other, counted, and ports return. */
class MediaEngineTest {

    private static final int PAYLOAD = 12;

    @Test
    void relaysRtpBothWaysAndLatchesOntoTheRealSource() throws Exception {
        int base = FreePorts.rtp();
        try (MediaEngine engine = new MediaEngine("127.0.0.1", new PortRange(base + 100, base + 110));
             DatagramSocket caller = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket agent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            caller.setSoTimeout(2000);
            agent.setSoTimeout(2000);
            RtpRelay relay = engine.openRelay();
            // the caller's SDP names a port it does not send from: its first packet tells the truth
            relay.partyAAt(InetSocketAddress.createUnresolved("127.0.0.1", 9));
            relay.partyBAt(new InetSocketAddress("127.0.0.1", agent.getLocalPort()));

            caller.send(rtp(1, relay.portA()));
            DatagramPacket atAgent = receive(agent);
            agent.send(new DatagramPacket(rtp(7, 0).getData(), 172, InetAddress.getLoopbackAddress(), relay.portB()));
            DatagramPacket atCaller = receive(caller);

            assertThat(atAgent.getLength()).isEqualTo(172);
            assertThat(atAgent.getPort()).isEqualTo(relay.portB());
            assertThat(atCaller.getPort()).isEqualTo(relay.portA());
            awaitForwarded(relay.fromA()); // counted just after the send: the packet may arrive first
            awaitForwarded(relay.fromB());
            int free = engine.freePorts();
            relay.close();
            assertThat(engine.freePorts()).isEqualTo(free + 2);
        }
    }

    /** Once the party is known, a stream from anywhere else (someone guessing the port) reaches nobody. */
    @Test
    void aStrangersPacketsAreDroppedOnceThePartyIsKnown() throws Exception {
        int base = FreePorts.rtp();
        try (MediaEngine engine = new MediaEngine("127.0.0.1", new PortRange(base + 30, base + 32));
             DatagramSocket caller = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket stranger = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket agent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            agent.setSoTimeout(500);
            RtpRelay relay = engine.openRelay();
            relay.partyAAt(new InetSocketAddress("127.0.0.1", caller.getLocalPort()));
            relay.partyBAt(new InetSocketAddress("127.0.0.1", agent.getLocalPort()));

            caller.send(rtp(1, relay.portA()));
            stranger.send(rtp(2, relay.portA()));
            caller.send(rtp(3, relay.portA()));

            assertThat(sequencesReceived(agent)).containsExactly(1, 3);
            assertThat(relay.fromA().received()).isEqualTo(2);
        }
    }

    /**
     * A stray stream that reaches a fresh port first (a phone of an earlier call on it, still
     * sending) is latched onto, but the party sending from the address its SDP named takes over.
     */
    @Test
    void thePartyAtItsSdpAddressWinsOverAStrayStreamThatCameFirst() throws Exception {
        int base = FreePorts.rtp();
        try (MediaEngine engine = new MediaEngine("127.0.0.1", new PortRange(base + 40, base + 42));
             DatagramSocket caller = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket stray = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket agent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            caller.setSoTimeout(2000);
            stray.setSoTimeout(500);
            RtpRelay relay = engine.openRelay();
            relay.partyAAt(new InetSocketAddress("127.0.0.1", caller.getLocalPort()));
            relay.partyBAt(new InetSocketAddress("127.0.0.1", agent.getLocalPort()));

            stray.send(rtp(1, relay.portA()));
            Thread.sleep(100); // the relay latched onto the stray stream
            caller.send(rtp(2, relay.portA()));
            stray.send(rtp(3, relay.portA()));
            Thread.sleep(100); // and then onto the caller
            agent.send(rtp(7, relay.portB()));

            assertThat(receive(caller).getData()[PAYLOAD]).as("the agent's packet reaches the caller").isEqualTo((byte) 7);
            assertThat(sequencesReceived(stray)).as("and not the stray stream's source").isEmpty();
        }
    }

    /** A call's ports are free for the next call as soon as it ends, even when no packet wakes the relay. */
    @Test
    void portsOfAnEndedCallCanBeBoundAgainAtOnce() throws Exception {
        int base = FreePorts.rtp();
        try (MediaEngine engine = new MediaEngine("127.0.0.1", new PortRange(base + 10, base + 12));
             DatagramSocket caller = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            RtpRelay relay = engine.openRelay();
            caller.send(rtp(1, relay.portA()));
            Thread.sleep(100); // the relay has read the packet and sleeps in its selector again
            relay.close();

            assertBindableSoon(relay.portA());
        }
    }

    /** An engine closed with calls still up (the adapter stopped) frees their ports for the next engine. */
    @Test
    void closingTheEngineFreesThePortsOfCallsStillUp() throws Exception {
        int base = FreePorts.rtp();
        RtpRelay relay;
        try (MediaEngine engine = new MediaEngine("127.0.0.1", new PortRange(base + 20, base + 22))) {
            relay = engine.openRelay();
        }
        assertBindableSoon(relay.portA());
        assertBindableSoon(relay.portB());
    }

    private static void assertBindableSoon(int port) throws Exception {
        boolean free = false;
        for (int attempt = 0; attempt < 50 && !free; attempt++) {
            try (DatagramSocket again = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
                free = true;
            } catch (java.net.BindException stillBound) {
                Thread.sleep(10);
            }
        }
        assertThat(free).as("port " + port + " free within half a second").isTrue();
    }

    private static void awaitForwarded(LegStatistics leg) throws InterruptedException {
        for (int wait = 0; wait < 100 && leg.forwarded() == 0; wait++) {
            Thread.sleep(10);
        }
        assertThat(leg.forwarded()).isEqualTo(1);
    }

    private static DatagramPacket rtp(int sequence, int port) {
        byte[] packet = new byte[172];
        packet[0] = (byte) 0x80;
        packet[3] = (byte) sequence;
        packet[PAYLOAD] = (byte) sequence; // the relay renumbers packets into the receiving party's stream: this tells them apart
        return new DatagramPacket(packet, packet.length, InetAddress.getLoopbackAddress(), port);
    }

    /** Which packets reached the socket (by the sequence number they were sent with), until none came for its timeout. */
    private static List<Integer> sequencesReceived(DatagramSocket socket) throws Exception {
        List<Integer> sequences = new ArrayList<>();
        try {
            while (true) {
                sequences.add((int) receive(socket).getData()[PAYLOAD]);
            }
        } catch (SocketTimeoutException quiet) {
            return sequences;
        }
    }

    private static DatagramPacket receive(DatagramSocket socket) throws Exception {
        DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
        socket.receive(packet);
        return packet;
    }
}
