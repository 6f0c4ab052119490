package org.scanstation.simulator.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scanstation.common.DaemonThreads;

/** {@code java -jar target/simulator.jar ...} as a technician runs it, read line by line. */
final class JarProcess implements AutoCloseable {
  static final Path JAR = Path.of("target", "simulator.jar");

  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();
  private final CompletableFuture<String> err;

  private JarProcess(Process process) {
    this.process = process;
    DaemonThreads.start(
        "jar stdout",
        () -> {
          try (BufferedReader r =
              new BufferedReader(
                  new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            r.lines().forEach(lines::add);
          } catch (IOException e) {
            // the process ended
          }
        });
    err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
  }

  static JarProcess start(List<String> jvmArgs, Map<String, String> env, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(command);
    b.environment().putAll(env);
    return new JarProcess(b.start());
  }

  static JarProcess start(String... args) throws IOException {
    return start(List.of(), Map.of(), args);
  }

  /** Waits (up to 20 s) for a standard-output line matching {@code regex}; returns the match. */
  Matcher awaitLine(String regex) throws InterruptedException {
    Pattern p = Pattern.compile(regex);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        break;
      }
      seen.add(line);
      Matcher m = p.matcher(line);
      if (m.find()) {
        return m;
      }
    }
    throw new AssertionError("no line matching " + regex + " in " + seen + "; stderr: " + stderr());
  }

  /** The next standard-output line, waiting up to 5 s. */
  String nextLine() throws InterruptedException {
    String line = lines.poll(5, TimeUnit.SECONDS);
    if (line == null) {
      throw new AssertionError("no output line within 5 s after " + seen);
    }
    seen.add(line);
    return line;
  }

  void send(String line) throws IOException {
    OutputStream in = process.getOutputStream();
    in.write((line + "\n").getBytes(StandardCharsets.ISO_8859_1));
    in.flush();
  }

  /** Waits (up to 20 s) for the exit status. */
  int exit() throws InterruptedException {
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new AssertionError("the simulator did not exit; stderr: " + stderr());
    }
    return process.exitValue();
  }

  /** Standard output lines not yet consumed, once the process has ended. */
  List<String> rest() {
    List<String> out = new ArrayList<>();
    lines.drainTo(out);
    return out;
  }

  String stderr() {
    return process.isAlive() ? "(running)" : err.join();
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
