package org.scanstation.station.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external command (dpkg-deb, systemd-analyze, the deploy scripts) to its end, its output
 * kept in files so a chatty command cannot block on a full pipe. Not thread-safe per instance.
 */
final class Shell {
  private static final long TIMEOUT_SECONDS = 180;

  /** What a command left: its exit status and both outputs. */
  record Result(int exit, String out, String err) {
    /** Both outputs and the status, for assertion messages. */
    String describe() {
      return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
  }

  private Shell() {}

  /** Whether {@code program} is on this machine's PATH. */
  static boolean has(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /** The PATH for a child with this test's own Java first, so scripts run the same JDK. */
  static String pathWithThisJava() {
    return Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH");
  }

  /** Runs {@code command} in {@code dir} with {@code env} added; blocks until it ends. */
  static Result run(Path dir, Map<String, String> env, List<String> command) {
    try {
      Path out = Files.createTempFile("shell-out", ".txt");
      Path err = Files.createTempFile("shell-err", ".txt");
      try {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new AssertionError(command + " did not end within " + TIMEOUT_SECONDS + " s");
        }
        return new Result(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    }
  }

  /** Runs {@code command} in {@code dir} with the environment of this test. */
  static Result run(Path dir, String... command) {
    return run(dir, Map.of(), List.of(command));
  }
}
