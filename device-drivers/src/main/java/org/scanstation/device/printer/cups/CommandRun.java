package org.scanstation.device.printer.cups;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One run of an external command (the CUPS tools) with bytes on standard input, in the C locale so
 * its output reads the same everywhere. Blocks up to a timeout, then kills it.
 *
 * @param exit the exit status, or -1 when it was killed at the timeout
 * @param out standard output
 * @param err standard error
 */
record CommandRun(int exit, String out, String err) {

  /** Whether it ran to the end and exited 0. */
  boolean ok() {
    return exit == 0;
  }

  /** Whether it was killed at the timeout. */
  boolean timedOut() {
    return exit == -1;
  }

  /**
   * Runs {@code command} and waits for it.
   *
   * @throws IOException when it cannot be started (not installed)
   */
  static CommandRun of(List<String> command, byte[] stdin, Duration timeout) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("LC_ALL", "C");
    pb.environment().put("LANG", "C");
    Process p = pb.start();
    CompletableFuture<byte[]> out = drain(p.getInputStream());
    CompletableFuture<byte[]> err = drain(p.getErrorStream());
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin);
    } catch (IOException e) {
      // it exited without reading everything; its exit status and message say why
    }
    try {
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        p.waitFor(2, TimeUnit.SECONDS);
        return new CommandRun(-1, text(out), text(err));
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException(command.get(0) + " interrupted", e);
    }
    return new CommandRun(p.exitValue(), text(out), text(err));
  }

  private static CompletableFuture<byte[]> drain(InputStream s) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (s) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            s.transferTo(b);
            return b.toByteArray();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static String text(CompletableFuture<byte[]> f) {
    try {
      return new String(f.get(2, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    } catch (Exception e) {
      return "";
    }
  }
}
