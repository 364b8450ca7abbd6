package org.earshot.telephony.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A party's RTP port played by the test: a loopback socket that keeps every packet it receives,
 * so the test sees exactly what reached the party (not what Earshot counted), until closed.
 */
public final class RtpReceiver implements AutoCloseable {

    /** One received RTP packet: the header fields tests look at, and the payload. */
    public record Packet(int payloadType, int sequence, long timestamp, int ssrc, byte[] payload) {

        /** For an RFC 4733 telephone-event: the event code (0-9, 10 = *, 11 = #). */
        public int event() {
            return payload[0] & 0xFF;
        }

        /** For an RFC 4733 telephone-event: whether this packet ends the event. */
        public boolean endsEvent() {
            return (payload[1] & 0x80) != 0;
        }
    }

    private final DatagramSocket socket;
    private final List<Packet> packets = new CopyOnWriteArrayList<>();
    private final Thread reader;

    public RtpReceiver(int port) throws SocketException {
        socket = new DatagramSocket(port, InetAddress.getLoopbackAddress());
        reader = new Thread(this::receive, "rtp-receiver-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    public List<Packet> packets() {
        return List.copyOf(packets);
    }

    public List<Packet> packets(int payloadType) {
        return packets.stream().filter(packet -> packet.payloadType() == payloadType).toList();
    }

    /** The µ-law payloads of one payload type, decoded, in order of arrival. */
    public short[] audio(int payloadType) {
        ByteBuffer audio = ByteBuffer.allocate(packets(payloadType).stream().mapToInt(p -> p.payload().length).sum());
        packets(payloadType).forEach(packet -> audio.put(packet.payload()));
        return Goertzel.decodeUlaw(audio.array());
    }

    private void receive() {
        byte[] buffer = new byte[2048];
        while (!socket.isClosed()) {
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
            } catch (IOException closed) {
                return;
            }
            if (datagram.getLength() >= 12) {
                ByteBuffer rtp = ByteBuffer.wrap(datagram.getData(), 0, datagram.getLength());
                packets.add(new Packet(rtp.get(1) & 0x7F, rtp.getShort(2) & 0xFFFF, rtp.getInt(4) & 0xFFFFFFFFL, rtp.getInt(8),
                        Arrays.copyOfRange(datagram.getData(), 12, datagram.getLength())));
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        reader.join(1000);
    }
}
