package org.scanstation.simulator.pty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.scanstation.simulator.SimulatorException;

/**
 * A pseudo-terminal made by {@code socat}, reachable at a fixed path (a symlink to {@code
 * /dev/pts/N}) that the station opens as a serial port. The other end is this process: what the
 * station writes comes out of {@link #fromDevice()}, what is written to {@link #toDevice()} reaches
 * the station.
 *
 * <p>Why socat's STDIO rather than a second pty: the simulator needs no native code to open a pty,
 * and when this JVM dies socat sees end-of-file on its standard input and exits, removing the path,
 * so no orphan keeps a stale device around.
 *
 * <p>{@link #close()} is the unplug: socat is stopped and the path disappears. Opening the same
 * path again is the replug. Not thread-safe for concurrent writers; the owners synchronise.
 */
public final class SocatPty implements AutoCloseable {
  /** System property naming the socat executable (default {@code socat} on the PATH). */
  public static final String SOCAT_PROPERTY = "scanstation.socat";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(3);

  /** socat's notice (with -d -d) once it moves bytes: "starting data transfer loop with FDs". */
  private static final String TRANSFER_LOOP = "starting data transfer loop";

  private final Path link;
  private final Process process;
  private final StderrTail stderr;

  private SocatPty(Path link, Process process, StderrTail stderr) {
    this.link = link;
    this.process = process;
    this.stderr = stderr;
  }

  /** Opens a pty at {@code link} with the socat from {@link #SOCAT_PROPERTY} or the PATH. */
  public static SocatPty open(Path link) {
    return open(link, System.getProperty(SOCAT_PROPERTY, "socat"));
  }

  /**
   * Starts socat and waits (up to 5 s) until it moves bytes, which is after {@code link} exists.
   *
   * @throws SimulatorException when socat is missing, the path is taken or unusable, or socat fails
   */
  public static SocatPty open(Path link, String socat) {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(socat, "socat");
    Path abs = link.toAbsolutePath().normalize();
    PtyPaths.checkUsable(abs);
    Process process = start(abs, socat);
    StderrTail stderr = StderrTail.drain(process.getErrorStream(), "socat " + abs);
    SocatPty pty = new SocatPty(abs, process, stderr);
    pty.awaitTransferLoop();
    return pty;
  }

  private static Process start(Path link, String socat) {
    // -d -d: socat's notices, among them the one that says it has started moving bytes.
    List<String> command = List.of(socat, "-d", "-d", "pty,raw,echo=0,link=" + link, "STDIO");
    try {
      return new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new SimulatorException(
          "cannot run '"
              + socat
              + "' to create the pty "
              + link
              + ": socat is missing or not executable ("
              + e.getMessage()
              + "). Install it (Debian/Ubuntu: apt-get install socat), set -D"
              + SOCAT_PROPERTY
              + "=/path/to/socat, or use TCP instead of a pty (scanner: --tcp PORT;"
              + " printer: leave out --serial).",
          e);
    }
  }

  /**
   * Waits until socat says it has started its transfer loop. The link alone is not enough: socat
   * makes it before it sets the pty's modes, and a station that opens the link at once and writes
   * more than the pty holds (a 28 KB bitmap) keeps the tty's write lock while it waits, which the
   * mode change needs: both then wait for ever.
   */
  private void awaitTransferLoop() {
    boolean moving;
    try {
      moving = stderr.awaitSaid(TRANSFER_LOOP, START_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new SimulatorException("interrupted while waiting for socat to create " + link, e);
    }
    if (moving && Files.exists(link)) {
      return;
    }
    if (!process.isAlive()) {
      throw new SimulatorException(
          "socat exited (status " + process.exitValue() + ") before creating " + link + failure());
    }
    close();
    throw new SimulatorException(
        "socat did not create " + link + " within " + START_TIMEOUT.toSeconds() + " s" + failure());
  }

  private String failure() {
    String tail = stderr.awaitText(Duration.ofSeconds(1));
    return tail.isBlank() ? "" : ": " + tail.strip();
  }

  /** The path the station opens: a symlink to the pty. */
  public Path path() {
    return link;
  }

  /** Bytes the station wrote to the pty; end of stream when socat stops. */
  public InputStream fromDevice() {
    return process.getInputStream();
  }

  /** Bytes for the station; flush after each write. */
  public OutputStream toDevice() {
    return process.getOutputStream();
  }

  /** Whether socat still runs (the device is plugged in). */
  public boolean isOpen() {
    return process.isAlive();
  }

  /** Stops socat (the unplug) and waits until the path is gone. Idempotent. */
  @Override
  public void close() {
    process.destroy(); // SIGTERM: socat removes its link on the way out
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      if (Files.isSymbolicLink(link) && !Files.exists(link)) {
        Files.deleteIfExists(link); // killed hard: socat could not remove its link
      }
    } catch (IOException e) {
      throw new SimulatorException("cannot remove the stale pty link " + link, e);
    }
  }

  @Override
  public String toString() {
    return "pty " + link + (isOpen() ? "" : " (unplugged)");
  }
}
