package org.earshot.telephony.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

/** Picks loopback ports free for both UDP and TCP, as SIP listens on both. */
public final class FreePorts {

    private FreePorts() {
    }

    /**
     * Fixed-port blocks come from the top of the port space, which nothing on this machine hands
     * out by itself: Linux gives whoever binds port 0 a port from 32768 to 60999 (as
     * {@link #udpAndTcp()} does, and sipp and the SIP stack then bind it), Earshot's default RTP
     * range is 20000-29999 and baresip's 10000-20000, both in use by other builds on a shared machine.
     */
    private static final int BLOCKS_FROM = 61000;
    private static final int BLOCKS_UNTIL = 65535;
    private static final AtomicInteger HANDED_OUT = new AtomicInteger();

    /**
     * The first of 64 ports whose even ones are free: for a test that puts sipp's media ports and
     * Earshot's RTP range at fixed offsets from it (sipp binds its media port and the one two above).
     */
    public static int rtp() {
        return udpBlock(64);
    }

    /**
     * The first of {@code size} consecutive UDP ports whose even ones are all free on loopback:
     * room for Earshot's RTP range and the media ports of a test's phones without collisions.
     */
    public static int udpBlock(int size) {
        int blocks = (BLOCKS_UNTIL - BLOCKS_FROM) / size;
        // parallel builds start apart, and each call here in one test run gets a block of its own:
        // two phones started together bind their ports only once they call, so a probe cannot tell them apart
        int first = (int) ((ProcessHandle.current().pid() + HANDED_OUT.getAndIncrement()) % blocks);
        for (int i = 0; i < blocks; i++) {
            int base = BLOCKS_FROM + size * ((first + i) % blocks);
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
