package dev.interlock.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Finds the CPython to run the comparison with. {@code python3.13} on the PATH first; on these
 * machines it is a pyenv shim that refuses to run while 3.13 is not pyenv's selected version, so
 * then the interpreter pyenv installed ({@code ~/.pyenv/versions/3.13.x/bin/python3.13}).
 */
final class PythonCommand {

    private PythonCommand() {
    }

    /** {@code requested} if it runs, else pyenv's installed interpreter of the same name, else {@code requested}. */
    static String resolve(String requested) {
        if (runs(requested) || requested.contains("/")) return requested;
        String version = requested.startsWith("python") ? requested.substring("python".length()) : "";
        Path versions = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
        if (!version.isEmpty() && Files.isDirectory(versions)) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(versions, version + "*")) {
                for (Path dir : dirs) {
                    Path candidate = dir.resolve("bin").resolve(requested);
                    if (Files.isExecutable(candidate) && runs(candidate.toString())) return candidate.toString();
                }
            } catch (IOException e) {
                // fall through: the caller reports the failure of the requested command
            }
        }
        return requested;
    }

    private static boolean runs(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
