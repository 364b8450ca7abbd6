package org.earshot.telephony.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real softphone for audio tests: headless baresip 1.0 (Debian), registered with Earshot under
 * an extension with digest authentication, sending a sine tone as its microphone and recording
 * what it receives (the sndfile module writes the decoded audio of each call to a WAV file).
 * Commands go to its stdin, which stays open while it runs. It quits by itself after the given
 * lifetime at the latest, and {@link #close()} ends it (the process this helper started, nothing else).
 * Its configuration, log and recordings live in a directory under the module's target directory,
 * which {@link #close()} reads what the test needs from and then deletes.
 */
public final class Baresip implements AutoCloseable {

    private static final Duration QUIT_WAIT = Duration.ofSeconds(5);

    private final Process process;
    private final OutputStream commands;
    private final Path home;
    private final Path output;
    private final int earshotPort;
    /** What baresip printed and the audio it received, kept once it quit and its directory is gone. */
    private String finalLog;
    private List<short[]> finalRecordings;

    private Baresip(Process process, Path home, Path output, int earshotPort) {
        this.process = process;
        this.commands = process.getOutputStream();
        this.home = home;
        this.output = output;
        this.earshotPort = earshotPort;
    }

    /**
     * Starts baresip registering {@code extension} at Earshot on loopback. It uses the UDP ports
     * {@code rtpFirstPort} to {@code rtpFirstPort + 3} for media (RTP and RTCP), answers calls at
     * once, and offers PCMU and PCMA.
     */
    public static Baresip register(String extension, String password, int earshotPort, int toneHertz, int rtpFirstPort,
                                   Duration lifetime) throws IOException {
        return start(FreePorts.udpAndTcpWithNextTcp(), "<sip:" + extension + "@127.0.0.1:" + earshotPort + ">;auth_user=" + extension
                + ";auth_pass=" + password + ";regint=300", earshotPort, toneHertz, rtpFirstPort, lifetime);
    }

    /**
     * Starts baresip as {@code user} without registering, listening for SIP on {@code sipPort} (free
     * for UDP and TCP, and the port above for TCP: baresip also listens for TLS there). A caller
     * from outside; or a phone whose contact another client registered, for a server that
     * challenges with algorithms baresip 1.0 gives up on (it answers MD5-only challenges alone).
     */
    public static Baresip unregistered(String user, int sipPort, int earshotPort, int toneHertz, int rtpFirstPort,
                                       Duration lifetime) throws IOException {
        return start(sipPort, "<sip:" + user + "@127.0.0.1:" + earshotPort + ">;regint=0", earshotPort, toneHertz, rtpFirstPort,
                lifetime);
    }

    private static Baresip start(int sipPort, String account, int earshotPort, int toneHertz, int rtpFirstPort,
                                 Duration lifetime) throws IOException {
        Path home = TestFiles.newDirectory("baresip-");
        Files.createDirectories(home.resolve("rec"));
        Files.writeString(home.resolve("config"), String.join("\n",
                "poll_method\tepoll",
                "sip_listen\t127.0.0.1:" + sipPort,
                "net_interface\t127.0.0.1",
                "call_local_timeout\t120",
                "audio_source\tausine," + toneHertz,
                "ausrc_srate\t48000", // ausine only runs at 48 kHz stereo; baresip resamples for G.711
                "ausrc_channels\t2",
                "audio_buffer\t20-160",
                "rtp_ports\t" + rtpFirstPort + "-" + (rtpFirstPort + 3),
                "rtcp_mux\tno",
                "jitter_buffer_delay\t5-10",
                "module_path\t/usr/lib/baresip/modules",
                "module\tstdio.so",
                "module\tg711.so",
                "module\tausine.so",
                "module\tsndfile.so",
                "snd_path\t" + home.resolve("rec"),
                "module_tmp\taccount.so",
                "module_app\tmenu.so",
                "statmode_default\toff", "") );
        Files.writeString(home.resolve("accounts"), account + ";answermode=auto;audio_codecs=pcmu,pcma\n");
        Path output = home.resolve("baresip.out");
        Process process = new ProcessBuilder("baresip", "-f", home.toString(), "-t", String.valueOf(lifetime.toSeconds()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new Baresip(process, home, output, earshotPort);
    }

    /** Calls an extension through Earshot. */
    public void dial(String extension) throws IOException {
        command("/dial sip:" + extension + "@127.0.0.1:" + earshotPort);
    }

    /** Presses keys in the call, sent as RFC 4733 events one after another. */
    public void press(String keys) throws IOException {
        command("/sndcode " + keys);
    }

    public void hangUp() throws IOException {
        command("/hangup");
    }

    /** What baresip printed so far: its log, for an assertion's description. */
    public String log() throws IOException {
        return finalLog != null ? finalLog : Files.readString(output, StandardCharsets.ISO_8859_1);
    }

    /** The audio this phone received in its (one) call, decoded to 16-bit samples at 8 kHz; read after {@link #close()}. */
    public short[] received() throws IOException {
        if (finalRecordings == null) {
            throw new IllegalStateException("The recording is complete only once baresip quit: close() it first");
        }
        if (finalRecordings.size() != 1) {
            throw new IllegalStateException("Expected one recording of received audio, found " + finalRecordings.size()
                    + "\n" + finalLog);
        }
        return finalRecordings.get(0);
    }

    /**
     * Quits baresip (it hangs up a call still under way and closes its recordings), forcibly if it
     * does not; keeps its log and recordings and deletes its directory.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        if (finalRecordings != null) {
            return;
        }
        if (process.isAlive()) {
            try {
                command("/quit");
            } catch (IOException gone) {
                // it quit on its own meanwhile
            }
            if (!process.waitFor(QUIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(QUIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        finalLog = Files.readString(output, StandardCharsets.ISO_8859_1);
        try (Stream<Path> files = Files.list(home.resolve("rec"))) {
            List<Path> received = files.filter(file -> file.getFileName().toString().endsWith("-dec.wav")).toList();
            List<short[]> recordings = new ArrayList<>();
            for (Path recording : received) {
                recordings.add(samplesOf(Files.readAllBytes(recording)));
            }
            finalRecordings = recordings;
        }
        TestFiles.delete(home);
    }

    private void command(String line) throws IOException {
        commands.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        commands.flush();
    }

    /** The 16-bit little-endian samples of a PCM WAV file: everything after the "data" chunk header. */
    private static short[] samplesOf(byte[] wav) {
        ByteBuffer file = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int position = 12; // after "RIFF", size, "WAVE"
        while (position + 8 <= wav.length) {
            String chunk = new String(wav, position, 4, StandardCharsets.US_ASCII);
            int size = file.getInt(position + 4);
            if (chunk.equals("data")) {
                int start = position + 8;
                short[] samples = new short[(wav.length - start) / 2];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = file.getShort(start + 2 * i);
                }
                return samples;
            }
            position += 8 + size + (size % 2);
        }
        throw new IllegalStateException("No data chunk in the recording");
    }
}
