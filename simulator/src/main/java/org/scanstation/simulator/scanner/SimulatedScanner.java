package org.scanstation.simulator.scanner;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.scanstation.simulator.SimulatorException;

/**
 * A serial barcode scanner as the station sees it: on a pty made by socat (the station opens the
 * path with its serial driver) or behind a TCP serial server (the station connects to host:port).
 * It writes scans with the configured prefix and suffix, optionally in fragments and with noise
 * lines, and can be unplugged and plugged in again at the same path or port.
 *
 * <p>Thread-safe: writes are serialised, so concurrent scans never interleave on the wire. {@link
 * #scan} blocks only while fragments are paced; {@link #play} blocks for the whole run.
 */
public final class SimulatedScanner implements AutoCloseable {
  /** Noise lines are drawn from a fixed seed, so a failing run can be repeated byte for byte. */
  private static final long JUNK_SEED = 1;

  private final ScanLink link;
  private final ScannerSettings settings;
  private final Random random;
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong lost = new AtomicLong();
  private final AtomicLong junk = new AtomicLong();

  private SimulatedScanner(ScanLink link, ScannerSettings settings) {
    this.link = link;
    this.settings = Objects.requireNonNull(settings, "settings");
    this.random = new Random(JUNK_SEED);
  }

  /**
   * A scanner on a new pty at {@code path} (a symlink socat creates and removes).
   *
   * @throws SimulatorException when socat is missing or the path is unusable, saying which
   */
  public static SimulatedScanner onPty(Path path, ScannerSettings settings) {
    Objects.requireNonNull(path, "path");
    return new SimulatedScanner(new PtyScanLink(path), settings);
  }

  /** A scanner behind a TCP serial server on {@code host:port} (port 0: ephemeral). */
  public static SimulatedScanner onTcp(InetAddress host, int port, ScannerSettings settings) {
    return new SimulatedScanner(new TcpScanLink(host, port), settings);
  }

  /**
   * Sends one scan: prefix, text, suffix; a noise line first when {@link
   * ScannerSettings#junkEvery()} says so.
   *
   * @return false when nobody received it (unplugged, or no TCP client): the scan is lost
   */
  public synchronized boolean scan(String text) {
    Objects.requireNonNull(text, "text");
    long n = sent.get() + lost.get() + 1;
    if (settings.junkEvery() > 0 && n % settings.junkEvery() == 0) {
      if (write(ScanEncoder.junkLine(random, settings))) {
        junk.incrementAndGet();
      }
    }
    boolean delivered = write(ScanEncoder.encode(text, settings));
    (delivered ? sent : lost).incrementAndGet();
    return delivered;
  }

  /** Sends bytes exactly as given (no prefix, suffix or fragments); false when nobody got them. */
  public synchronized boolean sendRaw(byte[] bytes) {
    return link.write(bytes.clone());
  }

  private boolean write(byte[] bytes) {
    List<byte[]> pieces = ScanEncoder.fragments(bytes, settings.fragmentBytes());
    boolean delivered = true;
    for (int i = 0; i < pieces.size(); i++) {
      if (i > 0) {
        pause(settings.fragmentGap());
      }
      delivered &= link.write(pieces.get(i));
    }
    return delivered;
  }

  /**
   * Sends scans at {@code perSecond}, the first at once. Blocks until all are sent.
   *
   * @return how many were delivered
   */
  public int play(List<String> scans, double perSecond) {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("rate must be > 0 scans per second, not " + perSecond);
    }
    long start = System.nanoTime();
    long interval = (long) (1e9 / perSecond);
    int delivered = 0;
    for (int i = 0; i < scans.size(); i++) {
      long due = start + i * interval;
      pause(Duration.ofNanos(Math.max(0, due - System.nanoTime())));
      delivered += scan(scans.get(i)) ? 1 : 0;
    }
    return delivered;
  }

  private static void pause(Duration d) {
    if (d.isZero()) {
      return;
    }
    try {
      Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulatorException("interrupted while pacing scans", e);
    }
  }

  /** Unplugs: the pty path disappears, or the TCP port closes with its connections. */
  public void unplug() {
    link.unplug();
  }

  /** Plugs in again at the same path or port. */
  public void replug() {
    link.replug();
  }

  /** Whether it is plugged in. */
  public boolean pluggedIn() {
    return link.pluggedIn();
  }

  /** Where the station finds it: the pty path, or host:port. */
  public String address() {
    return link.address();
  }

  /** The TCP port (the ephemeral one when 0 was asked), or -1 on a pty. */
  public int port() {
    return link.port();
  }

  /** Stations connected over TCP; for a pty 1 while plugged in. */
  public int connections() {
    return link.connections();
  }

  /** Scans delivered to someone. */
  public long scansSent() {
    return sent.get();
  }

  /** Scans nobody received. */
  public long scansLost() {
    return lost.get();
  }

  /** Noise lines sent. */
  public long junkLinesSent() {
    return junk.get();
  }

  /** The settings in use. */
  public ScannerSettings settings() {
    return settings;
  }

  /** Bytes the station sent to the scanner (the last 64 KiB). */
  public byte[] receivedFromStation() {
    return link.received();
  }

  /** Unplugs for good; a pty's socat is stopped. */
  @Override
  public void close() {
    link.close();
  }
}
