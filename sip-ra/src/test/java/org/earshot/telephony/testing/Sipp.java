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
 * against a target, bounded in time. sipp's exit code says whether every call went as scripted;
 * what a scenario writes with {@code <log>} (e.g. the status line it received) is in the result too.
 * sipp writes both to files under the module's target directory, which are deleted once read.
 */
public final class Sipp {

    private final String scenario;
    private final List<String> arguments = new ArrayList<>();
    private int localPort = FreePorts.udpAndTcp();
    private int calls = 1;

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

    /** Runs the scenario this many times (one after another as fast as sipp's rate allows) instead of once. */
    public Sipp calls(int count) {
        this.calls = count;
        return this;
    }

    /** Runs the scenario towards 127.0.0.1:port and waits for it to finish. */
    public Result runAgainst(int port) throws IOException, InterruptedException {
        return startAgainst(port).finish();
    }

    /** Starts the scenario towards 127.0.0.1:port (or, for a UAS, waits for a call). */
    public Running startAgainst(int port) throws IOException {
        Path output = TestFiles.newFile("sipp-", ".out");
        Path logged = TestFiles.newFile("sipp-", ".log");
        List<String> command = new ArrayList<>(List.of("sipp", "-sf", scenarioFile().getAbsolutePath(),
                "127.0.0.1:" + port, "-i", "127.0.0.1", "-p", String.valueOf(localPort),
                "-m", String.valueOf(calls), "-nostdin", "-timeout", "20s", "-timeout_error", "-trace_err",
                "-error_file", output.toString(), "-trace_logs", "-log_file", logged.toString()));
        command.addAll(arguments);
        Process sipp = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        return new Running(sipp, output, logged, command);
    }

    /** A sipp process under way. */
    public record Running(Process process, Path output, Path logged, List<String> command) {

        public Result finish() throws IOException, InterruptedException {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new IllegalStateException("sipp did not finish within 30 s: " + command + "\n" + Files.readString(output));
                }
                return new Result(process.exitValue(), Files.readString(output), Files.readString(logged));
            } finally {
                TestFiles.delete(output);
                TestFiles.delete(logged);
            }
        }
    }

    private File scenarioFile() {
        try {
            return new File(Sipp.class.getResource("/sipp/" + scenario).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("No sipp scenario " + scenario, e);
        }
    }

    /** sipp's exit code (0 = every call as scripted), what it wrote, and what the scenario logged. */
    public record Result(int exitCode, String output, String logged) {

        public boolean succeeded() {
            return exitCode == 0;
        }

        /** Everything, for an assertion's description. */
        public String describe() {
            return "exit " + exitCode + "\n" + output + "\nlogged:\n" + logged;
        }
    }
}
