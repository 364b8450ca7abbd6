package org.earshot.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real file system that fills up: a tmpfs of a few hundred kilobytes mounted for one test. Only
 * root can mount one (the build machines and CI run as root); elsewhere {@link #mount} returns null.
 */
final class TinyDisk implements AutoCloseable {

    private final Path mountPoint;

    private TinyDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    static TinyDisk mount(Path mountPoint, int kilobytes) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        return run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", mountPoint.toString()) ? new TinyDisk(mountPoint) : null;
    }

    Path root() {
        return mountPoint;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!run("umount", mountPoint.toString())) {
            // something still holds a file open there: detach it anyway, and fail the test
            run("umount", "--lazy", mountPoint.toString());
            throw new IOException("a file on " + mountPoint + " was left open");
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
