package org.earshot.telephony.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Picks loopback ports free for both UDP and TCP, as SIP listens on both. */
public final class FreePorts {

    /*
     * Test media ports come from 10000-19999: below Earshot's default RTP range (20000-29999), which
     * a running demo or benchmark may be using, and below the kernel's ephemeral ports (32768 and
     * up), which the operating system hands to any socket bound to port 0 at any moment.
     */
    private static final int MEDIA_FIRST = 10000;
    private static final int MEDIA_LAST = 19999;

    private FreePorts() {
    }

    private static int start() {
        return MEDIA_FIRST + 2 * (int) (ProcessHandle.current().pid() % 2000);
    }

    /** An even UDP port with the next even one free too: sipp's media port and its companion. */
    public static int rtp() {
        for (int port = start(); port + 2 <= MEDIA_LAST; port += 4) {
            try (DatagramSocket first = new DatagramSocket(port, InetAddress.getLoopbackAddress());
                 DatagramSocket second = new DatagramSocket(port + 2, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try the next pair
            }
        }
        throw new IllegalStateException("No free RTP port pair on loopback");
    }

    /**
     * The first of {@code size} consecutive UDP ports whose even ones are all free on loopback:
     * room for Earshot's RTP range and the media ports of a test's phones without collisions.
     */
    public static int udpBlock(int size) {
        for (int base = start(); base + size <= MEDIA_LAST; base += size) {
            if (evenPortsFree(base, size)) {
                return base;
            }
        }
        throw new IllegalStateException("No block of " + size + " free UDP ports on loopback");
    }

    private static boolean evenPortsFree(int base, int size) {
        for (int port = base; port < base + size; port += 2) {
            try (DatagramSocket probe = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
                // free
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    /** A port free for UDP and TCP whose next port is free for TCP too: baresip's SIP and SIP-over-TLS ports. */
    public static int udpAndTcpWithNextTcp() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = udpAndTcp();
            try (ServerSocket next = new ServerSocket(port + 1, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No two adjacent ports free on loopback");
    }

    public static int udpAndTcp() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                int port = udp.getLocalPort();
                try (ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No port free for both UDP and TCP on loopback");
    }
}
