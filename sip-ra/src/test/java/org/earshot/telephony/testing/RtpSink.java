package org.earshot.telephony.testing;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.earshot.telephony.media.G711;

/** A party's RTP port as a plain socket on loopback: receives what Earshot sends it, for the test to inspect. */
public final class RtpSink implements AutoCloseable {

    /** One received RTP packet, its header fields and when it arrived (System.nanoTime). */
    public record Packet(boolean marker, int payloadType, int sequence, long timestamp, int ssrc, byte[] payload,
                         long arrivedNanos) {
    }

    private final DatagramSocket socket;

    public RtpSink() throws IOException {
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Every packet that arrives until `millis` pass without one, or `max` arrived. */
    public List<Packet> receive(int max, int millis) throws IOException {
        List<Packet> packets = new ArrayList<>();
        socket.setSoTimeout(millis);
        byte[] buffer = new byte[2048];
        while (packets.size() < max) {
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
            } catch (SocketTimeoutException quiet) {
                break;
            }
            packets.add(parse(datagram, System.nanoTime()));
        }
        return packets;
    }

    /** The received payloads, in order of arrival, decoded to 16-bit samples. */
    public static short[] decode(List<Packet> packets, G711 law) {
        ByteBuffer audio = ByteBuffer.allocate(packets.stream().mapToInt(p -> p.payload().length).sum());
        packets.forEach(p -> audio.put(p.payload()));
        return law.decode(audio.array());
    }

    private static Packet parse(DatagramPacket datagram, long arrived) {
        ByteBuffer rtp = ByteBuffer.wrap(datagram.getData(), 0, datagram.getLength());
        int second = rtp.get(1) & 0xFF;
        return new Packet((second & 0x80) != 0, second & 0x7F, rtp.getShort(2) & 0xFFFF, rtp.getInt(4) & 0xFFFFFFFFL,
                rtp.getInt(8), Arrays.copyOfRange(datagram.getData(), 12, datagram.getLength()), arrived);
    }

    @Override
    public void close() {
        socket.close();
    }
}
