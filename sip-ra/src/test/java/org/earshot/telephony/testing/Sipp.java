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

    /** Runs one call of the scenario from a free local port towards 127.0.0.1:port. */
    public Result runAgainst(int port) throws IOException, InterruptedException {
        Path log = Files.createTempFile("sipp-", ".log");
        List<String> command = new ArrayList<>(List.of("sipp", "-sf", scenarioFile().getAbsolutePath(),
                "127.0.0.1:" + port, "-i", "127.0.0.1", "-p", String.valueOf(FreePorts.udpAndTcp()),
                "-m", "1", "-nostdin", "-timeout", "15s", "-timeout_error", "-trace_err",
                "-error_file", log.toString()));
        command.addAll(arguments);
        Process sipp = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!sipp.waitFor(30, TimeUnit.SECONDS)) {
            sipp.destroyForcibly();
            throw new IllegalStateException("sipp did not finish within 30 s: " + command);
        }
        return new Result(sipp.exitValue(), Files.readString(log));
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
