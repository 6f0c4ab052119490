package org.scanstation.station;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The shaded station.jar running in a child JVM, as an operator would start it: its standard output
 * lines arrive in a queue, its standard error is kept, its input can be written.
 */
public final class StationProcess implements AutoCloseable {
  private static final Path JAR = Path.of("target", "station.jar");

  private final Process process;
  private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
  private final StringBuffer err = new StringBuffer();

  private StationProcess(Process process) {
    this.process = process;
    pump(process.getInputStream(), out::add, "out");
    pump(process.getErrorStream(), l -> err.append(l).append('\n'), "err");
  }

  /** Starts {@code java -jar target/station.jar ARGS} with extra environment variables. */
  public static StationProcess start(Map<String, String> env, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    try {
      return new StationProcess(pb.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pump(
      java.io.InputStream in, java.util.function.Consumer<String> sink, String name) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  sink.accept(line);
                }
              } catch (IOException ignored) {
                // the process went away
              }
            },
            "station-" + name);
    t.setDaemon(true);
    t.start();
  }

  /** Standard input of the process. */
  public OutputStream stdin() {
    return process.getOutputStream();
  }

  /** The next line of standard output, waiting up to {@code seconds}; null if none came. */
  public String nextLine(int seconds) throws InterruptedException {
    return out.poll(seconds, TimeUnit.SECONDS);
  }

  /** Standard error so far. */
  public String err() {
    return err.toString();
  }

  /** The process's id. */
  public long pid() {
    return process.pid();
  }

  /** Whether it still runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for it to exit; returns the exit status, or -1 when it did not within the time. */
  public int waitFor(int seconds) throws InterruptedException {
    return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  /** SIGTERM: a clean stop. Through the handle: Process.destroy() also closes our pipes. */
  public void terminate() {
    process.toHandle().destroy();
  }

  /** SIGKILL: a crash, no shutdown hooks. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
