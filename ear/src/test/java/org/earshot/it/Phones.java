package org.earshot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.earshot.telephony.testing.Tone;

/**
 * Real phones (sipp, with the scenarios of sip-ra's tests) against the deployed Earshot: a demo
 * agent's desk phone that registers and answers, and a caller. The tests' server and client JVMs
 * both know the scenarios and Earshot's SIP port (system properties sipp.scenarios, it.sip-port),
 * so in-container tests can place calls too. Each phone sends µ-law silence as its audio.
 */
final class Phones {

    private static final String EARSHOT = "127.0.0.1:" + System.getProperty("it.sip-port", "5360");
    /** Above the tests' Earshot RTP range, below the ephemeral ports. */
    private static final int FIRST_MEDIA_PORT = 44000 + 8 * (int) (ProcessHandle.current().pid() % 500);

    private Phones() {
    }

    /** A call to a demo agent whose desk phone has just registered; it rings, answers and talks. */
    record Call(Process agent, Process caller) {

        /** Waits for both phones to hang up; true when both went exactly as scripted. */
        boolean wentAsScripted() throws InterruptedException {
            return finish(caller) == 0 && finish(agent) == 0;
        }

        /** For calls that Earshot ends itself, which the phones' scripts do not expect. */
        void stopPhones() {
            caller.destroyForcibly();
            agent.destroyForcibly();
        }
    }

    /** Registers the demo agent's phone (SIP password sip-<ext>-demo), then calls it; the caller hangs up after {@code talk}. */
    static Call callAgent(String extension, Duration talk) throws IOException, InterruptedException {
        int media = freeMediaPorts();
        Process agent = answeringAgent(extension, media);
        Process caller = sipp("caller_tone.xml", freeSipPort(), "-s", extension, "-d", String.valueOf(talk.toMillis()),
                "-mi", "127.0.0.1", "-mp", String.valueOf(media + 4), "-key", "tone", silence() + ",-1,0");
        return new Call(agent, caller);
    }

    /** A call whose agent blind-transfers it to another agent after a while; the caller stays until Earshot hangs up. */
    record TransferredCall(Process agent, Process target, Process caller) {

        void stopPhones() {
            caller.destroyForcibly();
            agent.destroyForcibly();
            target.destroyForcibly();
        }
    }

    /**
     * The demo agent's desk phone, registered, that answers one call with silence and waits for the
     * other side's BYE (its exit code is 0 once that came); media at {@code mediaPort}.
     */
    static Process answeringAgent(String extension) throws IOException, InterruptedException {
        return answeringAgent(extension, freeMediaPorts());
    }

    /** The demo agent's desk phone, as {@link #answeringAgent(String)}, sending a tone of {@code hertz} instead of silence. */
    static Process answeringAgentWithTone(String extension, int hertz) throws IOException, InterruptedException {
        return answeringAgent(extension, freeMediaPorts(), Tone.pcmu(hertz));
    }

    private static Process answeringAgent(String extension, int mediaPort) throws IOException, InterruptedException {
        return answeringAgent(extension, mediaPort, silence());
    }

    private static Process answeringAgent(String extension, int mediaPort, Path audio) throws IOException, InterruptedException {
        int phone = registeredPhone(extension);
        Process agent = sipp("agent_answers_tone.xml", phone, "-mi", "127.0.0.1", "-mp", String.valueOf(mediaPort),
                "-key", "tone", audio + ",-1,0");
        Thread.sleep(500); // sipp binds at start; give the agent's phone a moment
        return agent;
    }

    /** Calls the demo agent, whose phone transfers the call to the demo agent {@code target} after {@code after}. */
    static TransferredCall callAgentWhoTransfers(String extension, String target, Duration after)
            throws IOException, InterruptedException {
        int targetPhone = registeredPhone(target);
        Process answering = sipp("agent_answers_tone.xml", targetPhone, "-mi", "127.0.0.1", "-mp", String.valueOf(freeMediaPorts()),
                "-key", "tone", silence() + ",-1,0");
        Thread.sleep(500); // sipp binds its media ports at start, so the next block is another
        int phone = registeredPhone(extension);
        int media = freeMediaPorts();
        Process agent = sipp("agent_transfers.xml", phone, "-d", String.valueOf(after.toMillis()), "-key", "target", target,
                "-mi", "127.0.0.1", "-mp", String.valueOf(media), "-key", "tone", silence() + ",-1,0");
        Thread.sleep(500);
        Process caller = sipp("caller_tone_until_bye.xml", freeSipPort(), "-s", extension,
                "-mi", "127.0.0.1", "-mp", String.valueOf(media + 4), "-key", "tone", silence() + ",-1,0");
        return new TransferredCall(agent, answering, caller);
    }

    /** Registers the demo agent's desk phone (SIP password sip-<ext>-demo) from a free port; that port. */
    static int registeredPhone(String extension) throws IOException, InterruptedException {
        return registeredPhone(extension, "sip-" + extension + "-demo");
    }

    /** Registers a phone of the extension with its SIP password from a free port; that port. */
    static int registeredPhone(String extension, String sipPassword) throws IOException, InterruptedException {
        int phone = freeSipPort();
        register(extension, sipPassword, phone);
        return phone;
    }

    /** Registers {@code port} on loopback as a contact of the extension, for a phone that listens there next. */
    static void register(String extension, String sipPassword, int port) throws IOException, InterruptedException {
        Process registration = sipp("register_auth.xml", port, "-s", extension, "-au", extension, "-ap", sipPassword);
        assertThat(finish(registration)).as("registration of " + extension).isZero();
    }

    /** A phone of the extension tries to register with a wrong SIP password; true when Earshot refused it with 403. */
    static boolean registrationRefused(String extension, String wrongPassword) throws IOException, InterruptedException {
        return finish(sipp("register_refused.xml", freeSipPort(), "-s", extension, "-au", extension, "-ap", wrongPassword)) == 0;
    }

    /**
     * A supervisor's phone, registered, that answers Earshot's monitoring call by itself and waits for
     * Earshot's BYE; {@link #hungUpByEarshot} tells whether it came.
     */
    static Process supervisorPhone(String extension, String sipPassword) throws IOException, InterruptedException {
        return supervisorPhone(extension, sipPassword, freeMediaPorts());
    }

    /** The same, its media at the test's own socket on {@code mediaPort} (sipp's SIP only, the test's RTP). */
    static Process supervisorPhone(String extension, String sipPassword, int mediaPort) throws IOException, InterruptedException {
        int phone = registeredPhone(extension, sipPassword);
        Process supervisor = sipp("supervisor_answers.xml", phone, "-key", "rtp_port", String.valueOf(mediaPort));
        Thread.sleep(500); // sipp binds at start; give the phone a moment
        return supervisor;
    }

    /** Waits for a supervisor's phone: true when Earshot called it, it answered, and Earshot hung it up. */
    static boolean hungUpByEarshot(Process supervisorPhone) throws InterruptedException {
        return finish(supervisorPhone) == 0;
    }

    /**
     * The registered phone of {@code extension} dials a monitor code that Earshot refuses; what the
     * phone was told: the status line and headers of the refusal (a Warning says why).
     */
    static String refusedMonitorCode(String code, String extension, String sipPassword) throws IOException, InterruptedException {
        int phone = registeredPhone(extension, sipPassword);
        Path told = Files.createTempFile("sipp-refusal-", ".log");
        Process supervisor = sipp("supervisor_code_refused.xml", phone, "-s", code, "-key", "caller", extension,
                "-key", "codecs", "0 8", "-key", "rtp_port", String.valueOf(freeMediaPorts()), "-trace_logs", "-log_file", told.toString());
        assertThat(finish(supervisor)).as("the refusal of " + code + " acknowledged").isZero();
        return Files.readString(told);
    }

    /** The agent dials a feature code (*60 ...) from its registered phone; true when Earshot confirmed it and hung up. */
    static boolean dialFeatureCode(String code, String extension, int phone) throws IOException, InterruptedException {
        return finish(sipp("caller_hung_up_on.xml", phone, "-s", code, "-key", "caller", extension,
                "-mi", "127.0.0.1", "-mp", String.valueOf(freeMediaPorts()))) == 0;
    }

    /** A caller dials a queue and waits {@code wait} (answered at once by Earshot); the agent's registered phone answers. */
    static Call callQueue(String number, int agentPhone, Duration wait) throws IOException, InterruptedException {
        int media = freeMediaPorts();
        Process agent = sipp("agent_answers_tone.xml", agentPhone, "-mi", "127.0.0.1", "-mp", String.valueOf(media),
                "-key", "tone", silence() + ",-1,0");
        Thread.sleep(500); // sipp binds at start; give the agent's phone a moment
        Process caller = sipp("queue_caller.xml", freeSipPort(), "-s", number, "-d", String.valueOf(wait.toMillis()),
                "-mi", "127.0.0.1", "-mp", String.valueOf(media + 4), "-rtp_echo");
        return new Call(agent, caller);
    }

    /** A phone watching an extension's calls (BLF); its scenario logs every NOTIFY it gets to a file. */
    record Watcher(Process phone, Path notifies) {

        /** Waits for the phone to finish; true when its subscription went exactly as scripted. */
        boolean wentAsScripted() throws InterruptedException {
            return finish(phone) == 0;
        }

        /** The NOTIFYs the phone got so far, whole. */
        String logged() throws IOException {
            return Files.readString(notifies);
        }

        void stop() {
            phone.destroyForcibly();
        }
    }

    /** The desk phone of {@code watcher} registers, then subscribes to {@code agent}'s dialog events with the scenario. */
    static Watcher watch(String scenario, String watcher, String agent) throws IOException, InterruptedException {
        int phone = registeredPhone(watcher);
        Path notifies = Files.createTempFile("sipp-notifies-", ".log");
        return new Watcher(sipp(scenario, phone, "-s", agent, "-key", "caller", watcher, "-trace_logs",
                "-log_file", notifies.toString()), notifies);
    }

    /** sipp's exit code: 0 when the call went exactly as scripted. */
    private static int finish(Process phone) throws InterruptedException {
        if (!phone.waitFor(40, TimeUnit.SECONDS)) {
            phone.destroyForcibly();
            throw new IllegalStateException("sipp did not finish within 40 s");
        }
        return phone.exitValue();
    }

    /** A port free for SIP on both UDP and TCP, as a phone's own. */
    private static int freeSipPort() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                 ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 1, InetAddress.getLoopbackAddress())) {
                return udp.getLocalPort();
            } catch (IOException taken) {
                // the TCP side is in use; try another
            }
        }
        throw new IllegalStateException("No port free for both UDP and TCP on loopback");
    }

    /**
     * Media ports for a call's two phones: the agent's at the returned port, the caller's 4 above
     * (sipp binds its media port and the one two above).
     */
    private static int freeMediaPorts() {
        for (int port = FIRST_MEDIA_PORT; port < 48000; port += 8) {
            try (DatagramSocket agent = new DatagramSocket(port, InetAddress.getLoopbackAddress());
                 DatagramSocket agentNext = new DatagramSocket(port + 2, InetAddress.getLoopbackAddress());
                 DatagramSocket caller = new DatagramSocket(port + 4, InetAddress.getLoopbackAddress());
                 DatagramSocket callerNext = new DatagramSocket(port + 6, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try the next block
            }
        }
        throw new IllegalStateException("No free media ports on loopback");
    }

    private static Process sipp(String scenario, int localPort, String... arguments) throws IOException {
        Path log = Files.createTempFile("sipp-" + scenario + "-", ".log");
        List<String> command = new ArrayList<>(List.of("sipp", "-sf", System.getProperty("sipp.scenarios") + "/" + scenario,
                EARSHOT, "-i", "127.0.0.1", "-p", String.valueOf(localPort), "-m", "1", "-nostdin",
                "-timeout", "30s", "-timeout_error"));
        command.addAll(Arrays.asList(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    // One second of µ-law silence (0xFF), looped by sipp's rtp_stream: 50 packets a second each way.
    private static Path silence() {
        try {
            byte[] silence = new byte[8000];
            Arrays.fill(silence, (byte) 0xFF);
            Path file = Files.createTempFile("silence-", ".ul");
            Files.write(file, silence);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
