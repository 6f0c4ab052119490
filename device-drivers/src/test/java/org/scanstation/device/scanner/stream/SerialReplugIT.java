package org.scanstation.device.scanner.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.common.Backoff;
import org.scanstation.device.scanner.BarcodeScanner;
import org.scanstation.device.scanner.ConnectionState;
import org.scanstation.device.scanner.RecordingListener;
import org.scanstation.device.scanner.ScannerError;
import org.scanstation.device.scanner.connect.ScannerFactory;
import org.scanstation.simulator.scanner.ScannerSettings;
import org.scanstation.simulator.scanner.SimulatedScanner;

/**
 * Scans made around a replug, with the simulated scanner on a real pty: those sent while the
 * station is still reopening the port are framed and delivered, a scan cut by the unplug is
 * reported, and nothing vanishes without a word. The backoff is long enough that the scans land in
 * the port's buffer before the station opens it.
 */
class SerialReplugIT {
  private static final String SCAN = "9400111899223197428";
  private static final ScannerFactory FACTORY =
      new ScannerFactory(
          Clock.systemUTC(), new Backoff(Duration.ofMillis(400), Duration.ofMillis(400)));

  @TempDir Path dir;
  private SimulatedScanner device;
  private BarcodeScanner scanner;
  private final RecordingListener listener = new RecordingListener();

  @AfterEach
  void tearDown() {
    if (scanner != null) {
      scanner.close();
    }
    if (device != null) {
      device.close();
    }
  }

  private void plugIn() {
    device = SimulatedScanner.onPty(dir.resolve("ttyScanner"), ScannerSettings.defaults());
  }

  private void listen() {
    scanner = FACTORY.create("bench-1", "serial:" + device.address());
    scanner.start(listener);
    await().until(() -> listener.states().contains(ConnectionState.CONNECTED));
  }

  private long connects() {
    return listener.states().stream().filter(ConnectionState.CONNECTED::equals).count();
  }

  /** Unplugs, waits until the station has seen it, and plugs the scanner in again. */
  private void replug() {
    device.unplug();
    await().until(() -> listener.states().contains(ConnectionState.DISCONNECTED));
    device.replug();
  }

  private static String scan(int i) {
    return SCAN + String.format("%03d", i);
  }

  private List<ScannerError> dropped() {
    return listener.errors().stream().filter(e -> e.kind().dropsScans()).toList();
  }

  @Test
  void scansMadeWhileThePortIsReopenedAreAllDelivered() {
    plugIn();
    listen();
    device.scan(scan(0));
    await().until(() -> listener.texts().size() == 1);
    replug();
    List<String> sent = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      assertThat(device.scan(scan(i))).isTrue();
      sent.add(scan(i));
    }
    assertThat(connects()).as("the scans were made before the station reopened").isEqualTo(1);
    await().until(() -> connects() == 2 && listener.texts().size() == 6);
    assertThat(listener.texts().subList(1, 6)).isEqualTo(sent);
    assertThat(dropped()).isEmpty();
  }

  @Test
  void aScanCutByTheUnplugIsReportedAndSoIsItsRestAfterTheReplugAndNoScanVanishes() {
    plugIn();
    listen();
    device.sendRaw(bytes(scan(0) + "\r" + scan(1).substring(0, 9)));
    await().until(() -> listener.texts().size() == 1); // the cut scan's start came with it
    replug();
    device.sendRaw(bytes(scan(1).substring(9) + "\r"));
    for (int i = 2; i <= 5; i++) {
      device.scan(scan(i));
    }
    await().until(() -> connects() == 2 && listener.texts().size() == 5);
    assertThat(listener.texts()).containsExactly(scan(0), scan(2), scan(3), scan(4), scan(5));
    assertThat(dropped())
        .extracting(ScannerError::kind)
        .containsExactly(ScannerError.Kind.INCOMPLETE_FRAME, ScannerError.Kind.PARTIAL_FRAME);
    assertThat(dropped().get(0).message()).startsWith("9 bytes without a terminator were lost");
    assertThat(dropped().get(1).message())
        .startsWith("dropped 13 bytes before the first terminator")
        .contains("cut in the middle of a scan")
        .endsWith("scan that parcel again");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void scansFromBeforeTheFirstOpenAreDiscardedAndCountedAndAScanStillArrivingIsKept() {
    plugIn();
    device.scan(scan(0));
    device.scan(scan(1));
    device.sendRaw(bytes(scan(2).substring(0, 5)));
    listen();
    device.sendRaw(bytes(scan(2).substring(5) + "\r"));
    device.scan(scan(3));
    await().until(() -> listener.texts().size() == 2);
    assertThat(listener.texts()).containsExactly(scan(2), scan(3));
    assertThat(dropped())
        .extracting(ScannerError::kind)
        .containsExactly(ScannerError.Kind.STALE_INPUT);
    assertThat(dropped().get(0).message())
        .startsWith("discarded 46 bytes (2 complete scans) that arrived before the station opened")
        .contains(device.address());
  }

  @Test
  void withFlushOffTheScansFromBeforeTheFirstOpenAreDelivered() {
    plugIn();
    device.scan(scan(0));
    device.scan(scan(1));
    scanner = FACTORY.create("bench-1", "serial:" + device.address() + "?flush=false");
    scanner.start(listener);
    await().until(() -> listener.texts().size() == 2);
    assertThat(listener.texts()).containsExactly(scan(0), scan(1));
    assertThat(dropped()).isEmpty();
  }
}
