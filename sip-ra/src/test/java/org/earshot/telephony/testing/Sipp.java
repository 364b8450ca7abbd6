package org.earshot.telephony.testing;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real sipp (Debian's sip-tester) with one of the scenarios in src/test/resources/sipp
 * against a target, bounded in time. sipp's exit code says whether every call went as scripted.
 */
public final class Sipp {

    private final String scenario;
    private final List<String> arguments = new ArrayList<>();
    private int localPort = FreePorts.udpAndTcp();

    private Sipp(String scenario) {
        this.scenario = scenario;
    }

    public static Sipp scenario(String name) {
        return new Sipp(name);
    }

    public Sipp arg(String... more) {
        arguments.addAll(List.of(more));
        return this;
    }

    /** The local SIP port sipp uses (a free one unless set), e.g. the port a phone registered from. */
    public Sipp fromPort(int port) {
        this.localPort = port;
        return this;
    }

    /** Runs one call of the scenario towards 127.0.0.1:port and waits for it to finish. */
    public Result runAgainst(int port) throws IOException, InterruptedException {
        return startAgainst(port).finish();
    }

    /** Starts one call of the scenario towards 127.0.0.1:port (or, for a UAS, waits for one). */
    public Running startAgainst(int port) throws IOException {
        Path log = Files.createTempFile("sipp-", ".log");
        List<String> command = new ArrayList<>(List.of("sipp", "-sf", scenarioFile().getAbsolutePath(),
                "127.0.0.1:" + port, "-i", "127.0.0.1", "-p", String.valueOf(localPort),
                "-m", "1", "-nostdin", "-timeout", "20s", "-timeout_error", "-trace_err",
                "-error_file", log.toString()));
        command.addAll(arguments);
        Process sipp = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new Running(sipp, log, command);
    }

    /** A sipp process under way. */
    public record Running(Process process, Path log, List<String> command) {

        public Result finish() throws IOException, InterruptedException {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("sipp did not finish within 30 s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(log));
        }
    }

    private File scenarioFile() {
        try {
            return new File(Sipp.class.getResource("/sipp/" + scenario).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("No sipp scenario " + scenario, e);
        }
    }

    /** sipp's exit code (0 = every call as scripted) and what it wrote. */
    public record Result(int exitCode, String output) {

        public boolean succeeded() {
            return exitCode == 0;
        }
    }
}
