package org.scanstation.device.scanner.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.common.Backoff;
import org.scanstation.device.scanner.BarcodeScanner;
import org.scanstation.device.scanner.ConnectionState;
import org.scanstation.device.scanner.RecordingListener;
import org.scanstation.device.scanner.ScannerError;
import org.scanstation.device.scanner.connect.ScannerFactory;
import org.scanstation.device.serial.SocatPty;

/** Serial scanners through real pty pairs made by socat: the pty plays the scanner's cable. */
class SerialScannerIT {
  private static final String SCAN = "9400111899223197428497";
  private static final ScannerFactory FACTORY =
      new ScannerFactory(
          Clock.systemUTC(), new Backoff(Duration.ofMillis(20), Duration.ofMillis(200)));

  @TempDir Path dir;
  private SocatPty pty;
  private OutputStream peer;
  private BarcodeScanner scanner;
  private final RecordingListener listener = new RecordingListener();

  @BeforeEach
  void plugIn() throws IOException {
    pty = new SocatPty(dir);
  }

  @AfterEach
  void unplug() throws Exception {
    if (scanner != null) {
      scanner.close();
    }
    closePeer();
    pty.close();
  }

  private void listen(String query) throws IOException {
    scanner = FACTORY.create("bench-1", "serial:" + pty.station() + query);
    scanner.start(listener);
    await().until(() -> listener.states().contains(ConnectionState.CONNECTED));
    peer = new FileOutputStream(pty.peer().toFile());
  }

  private void send(String s) throws IOException {
    peer.write(s.getBytes(StandardCharsets.ISO_8859_1));
    peer.flush();
  }

  private void closePeer() {
    try {
      if (peer != null) {
        peer.close();
      }
    } catch (IOException e) {
      // the pty is already gone
    }
    peer = null;
  }

  @Test
  void framesFragmentsBackToBackScansAndGsAsTheyArrive() throws IOException {
    listen("?suffix=CR");
    send(SCAN.substring(0, 7));
    send(SCAN.substring(7) + "\r42010001\u001D" + SCAN + "\r" + SCAN.substring(0, 3));
    await().until(() -> listener.scans().size() == 2);
    send(SCAN.substring(3) + "\r");
    await().until(() -> listener.scans().size() == 3);
    assertThat(listener.texts()).containsExactly(SCAN, "42010001\u001D" + SCAN, SCAN);
    assertThat(listener.scans().get(1).hex()).contains("1d");
    assertThat(listener.errors()).isEmpty();
  }

  @Test
  void aBurstOfAThousandScansArrivesCompleteAndInOrder() throws IOException {
    listen("?suffix=CRLF");
    List<String> sent = new ArrayList<>();
    StringBuilder wire = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      String s = SCAN.substring(0, 17) + String.format("%05d", i);
      sent.add(s);
      wire.append(s).append("\r\n");
    }
    long t0 = System.nanoTime();
    send(wire.toString());
    await().atMost(Duration.ofSeconds(30)).until(() -> listener.scans().size() >= 1000);
    long nanos = listener.scans().get(999).receivedNanos() - t0;
    assertThat(listener.texts()).isEqualTo(sent);
    assertThat(listener.errors()).isEmpty();
    System.out.printf(
        "serial burst: 1000 scans (%d bytes) in %d ms, %.0f scans/s%n",
        wire.length(), TimeUnit.NANOSECONDS.toMillis(nanos), 1000 / (nanos / 1e9));
  }

  @Test
  void junkAndAnOverLongRunAreReportedAndTheNextScansAreIntact() throws IOException {
    listen("?suffix=CR&max=64");
    byte[] junk = new byte[300];
    new Random(42).nextBytes(junk);
    peer.write(junk);
    send("\r" + "7".repeat(2000) + "\r" + SCAN + "\r");
    await().until(() -> listener.texts().contains(SCAN));
    assertThat(listener.texts()).last().isEqualTo(SCAN);
    assertThat(listener.errors())
        .extracting(ScannerError::kind)
        .contains(ScannerError.Kind.FRAME_TOO_LONG);
    assertThat(listener.errors())
        .filteredOn(e -> e.message().contains("discarded 2000 bytes"))
        .hasSize(1);
  }

  @Test
  void unplugIsReportedOnceAndScansCarryOnAfterTheReplug() throws Exception {
    listen("");
    send("A" + SCAN + "\r");
    await().until(() -> listener.texts().size() == 1);
    closePeer();
    pty.close();
    await().until(() -> listener.states().contains(ConnectionState.DISCONNECTED));
    pty = new SocatPty(dir);
    await().until(() -> listener.states().size() == 3);
    peer = new FileOutputStream(pty.peer().toFile());
    send("B" + SCAN + "\r");
    await().until(() -> listener.texts().size() == 2);
    assertThat(listener.states())
        .containsExactly(
            ConnectionState.CONNECTED, ConnectionState.DISCONNECTED, ConnectionState.CONNECTED);
    assertThat(listener.texts()).containsExactly("A" + SCAN, "B" + SCAN);
    assertThat(listener.statuses().get(1).detail())
        .contains("serial port " + pty.station())
        .contains("went away");
  }

  @Test
  void aPortHeldByAnotherProcessIsNamedAndTakenOnceFreed() throws Exception {
    String path = pty.station().toString();
    Process holder = new ProcessBuilder("flock", path, "sleep", "30").start();
    try {
      await().until(() -> isLocked(path));
      scanner = FACTORY.create("bench-1", "serial:" + path);
      scanner.start(listener);
      await().until(() -> !listener.statuses().isEmpty());
      assertThat(listener.states()).containsExactly(ConnectionState.DISCONNECTED);
      assertThat(listener.statuses().get(0).detail())
          .contains(path)
          .contains("in use by another process");
    } finally {
      // flock's child (sleep) holds the lock, so end it too.
      holder.descendants().forEach(ProcessHandle::destroy);
      holder.destroy();
      holder.waitFor(5, TimeUnit.SECONDS);
    }
    await().until(() -> listener.states().contains(ConnectionState.CONNECTED));
    assertThat(listener.states())
        .containsExactly(ConnectionState.DISCONNECTED, ConnectionState.CONNECTED);
  }

  /** Whether another process holds the port's lock (flock -n fails then). */
  private static boolean isLocked(String path) throws Exception {
    return new ProcessBuilder("flock", "-n", path, "true").start().waitFor() != 0;
  }

  @Test
  void withoutASuffixAScanEndsAtTheGap() throws IOException {
    listen("?suffix=NONE&gap=40ms");
    send(SCAN);
    await().until(() -> listener.texts().equals(List.of(SCAN)));
    send("42010001");
    await().until(() -> listener.texts().size() == 2);
    assertThat(listener.texts()).containsExactly(SCAN, "42010001");
  }
}
