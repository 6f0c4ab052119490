package org.scanstation.simulator.pty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.scanstation.common.DaemonThreads;

/**
 * Reads a child process's standard error on a daemon thread and keeps its last few kilobytes, so
 * the pipe never fills (which would block the child) and a failure can be quoted. Thread-safe.
 */
final class StderrTail {
  private static final int KEEP_CHARS = 4096;

  private final StringBuilder tail = new StringBuilder();
  private final Thread reader;

  private StderrTail(InputStream in, String name) {
    this.reader = DaemonThreads.named("stderr " + name).newThread(() -> pump(in));
  }

  static StderrTail drain(InputStream in, String name) {
    StderrTail t = new StderrTail(in, name);
    t.reader.start();
    return t;
  }

  private void pump(InputStream in) {
    byte[] buf = new byte[1024];
    try (in) {
      for (int n; (n = in.read(buf)) > 0; ) {
        append(new String(buf, 0, n, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // the process ended; what was read is kept
    }
  }

  private synchronized void append(String s) {
    tail.append(s);
    if (tail.length() > KEEP_CHARS) {
      tail.delete(0, tail.length() - KEEP_CHARS);
    }
    notifyAll();
  }

  /**
   * Waits up to {@code timeout} until the stream has said {@code text} (true), or has ended or the
   * time has passed without it (false).
   */
  synchronized boolean awaitSaid(String text, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (tail.indexOf(text) < 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !reader.isAlive()) {
        return tail.indexOf(text) >= 0;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  /** What was read so far, after waiting up to {@code timeout} for the stream to end. */
  String awaitText(Duration timeout) {
    try {
      reader.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      return tail.toString();
    }
  }
}
