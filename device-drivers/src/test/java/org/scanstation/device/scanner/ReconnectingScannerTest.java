package org.scanstation.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.Backoff;

class ReconnectingScannerTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  private static final Backoff QUICK = new Backoff(Duration.ofMillis(5), Duration.ofMillis(20));

  private final MemoryDevice device = new MemoryDevice(Framing.DEFAULT, CLOCK);
  private final RecordingListener listener = new RecordingListener();
  private ReconnectingScanner scanner = new ReconnectingScanner("bench-1", device, QUICK, CLOCK);

  @AfterEach
  void close() {
    scanner.close();
  }

  @Test
  void reportsConnectedThenDeliversFramedScansWithItsIdAndReceiveTime() {
    long before = System.nanoTime();
    scanner.start(listener);
    device.send("94001118992231974");
    device.send("28497\r");
    await().until(() -> listener.scans().size() == 1);
    Scan scan = listener.scans().get(0);
    assertThat(scan.scannerId()).isEqualTo("bench-1");
    assertThat(scan.text()).isEqualTo("9400111899223197428497");
    assertThat(scan.receivedNanos()).isGreaterThan(before).isLessThanOrEqualTo(System.nanoTime());
    assertThat(scan.receivedAt()).isEqualTo(CLOCK.instant());
    assertThat(listener.summary().get(0)).isEqualTo("CONNECTED");
  }

  @Test
  void reportsADisconnectOnceHoweverLongItLastsAndCarriesOnAfterTheReplug() {
    scanner.start(listener);
    device.send("A\r");
    await().until(() -> listener.texts().equals(List.of("A")));
    device.unplug("memory device does not exist");
    int attempts = device.openAttempts.get();
    await().until(() -> device.openAttempts.get() > attempts + 10);
    device.failOpeningWith("memory device is in use by another process");
    int more = device.openAttempts.get();
    await().until(() -> device.openAttempts.get() > more + 10);
    device.plug();
    await().until(() -> listener.states().size() == 3);
    device.send("B\r");
    await().until(() -> listener.texts().equals(List.of("A", "B")));
    assertThat(listener.summary())
        .containsExactly(
            "CONNECTED", "scan:A", "DISCONNECTED", "OPEN_FAILED", "CONNECTED", "scan:B");
    assertThat(listener.statuses().get(1).detail()).contains("memory device went away");
    assertThat(listener.errors().get(0).message())
        .isEqualTo("memory device is in use by another process");
    assertThat(device.closes.get()).isEqualTo(1);
  }

  @Test
  void aDeviceMissingFromTheStartIsReportedOnceWithTheReasonThenEachNewReasonOnce() {
    device.failOpeningWith("port does not exist");
    scanner.start(listener);
    await().until(() -> device.openAttempts.get() > 5);
    device.failOpeningWith("port is in use by another process");
    int attempts = device.openAttempts.get();
    await().until(() -> device.openAttempts.get() > attempts + 5);
    device.plug();
    await().until(() -> listener.states().contains(ConnectionState.CONNECTED));
    assertThat(listener.summary()).containsExactly("DISCONNECTED", "OPEN_FAILED", "CONNECTED");
    assertThat(listener.statuses().get(0).detail()).isEqualTo("port does not exist");
    assertThat(listener.errors().get(0).message()).isEqualTo("port is in use by another process");
  }

  @Test
  void closeReportsClosedLastReleasesTheDeviceAndIsIdempotent() {
    scanner.start(listener);
    await().until(() -> listener.states().contains(ConnectionState.CONNECTED));
    scanner.close();
    scanner.close();
    assertThat(listener.states())
        .containsExactly(ConnectionState.CONNECTED, ConnectionState.CLOSED);
    assertThat(device.closes.get()).isEqualTo(1);
    assertThatThrownBy(() -> scanner.start(listener)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closeDoesNotWaitOutALongBackoff() {
    device.failOpeningWith("gone");
    Backoff slow = new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(30));
    scanner = new ReconnectingScanner("bench-1", device, slow, CLOCK);
    scanner.start(listener);
    await().until(() -> listener.states().contains(ConnectionState.DISCONNECTED));
    long t0 = System.nanoTime();
    scanner.close();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    assertThat(listener.states()).endsWith(ConnectionState.CLOSED);
  }

  @Test
  void aFailingListenerDoesNotStopTheScanner() {
    RecordingListener rest = new RecordingListener();
    scanner.start(
        new ScannerListener() {
          @Override
          public void onScan(Scan scan) {
            rest.onScan(scan);
            throw new IllegalStateException("listener bug");
          }

          @Override
          public void onStatus(ScannerStatus status) {
            rest.onStatus(status);
          }

          @Override
          public void onError(ScannerError error) {
            rest.onError(error);
          }
        });
    device.send("A\rB\r");
    await().until(() -> rest.texts().equals(List.of("A", "B")));
  }

  @Test
  void cannotStartTwice() {
    scanner.start(listener);
    assertThatThrownBy(() -> scanner.start(listener))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bench-1");
  }

  @Test
  void reconnectWaitsDoubleFromAQuarterSecondToFiveSeconds() {
    Backoff.Steps waits = ReconnectingScanner.RECONNECT.steps();
    assertThat(waits.next()).isEqualTo(Duration.ofMillis(250));
    assertThat(waits.next()).isEqualTo(Duration.ofMillis(500));
    for (int i = 0; i < 10; i++) {
      waits.next();
    }
    assertThat(waits.next()).isEqualTo(Duration.ofSeconds(5));
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
