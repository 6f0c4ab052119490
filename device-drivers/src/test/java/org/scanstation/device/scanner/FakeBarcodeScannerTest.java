package org.scanstation.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FakeBarcodeScannerTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  private final RecordingListener listener = new RecordingListener();

  @Test
  void firesTheEventsARealScannerFiresSynchronously() {
    FakeBarcodeScanner fake = new FakeBarcodeScanner("bench-1", Framing.DEFAULT, CLOCK);
    fake.start(listener);
    fake.scan("9400111899223197428497");
    fake.receive("94001".getBytes(StandardCharsets.ISO_8859_1));
    fake.unplug();
    fake.unplug();
    fake.plug();
    fake.receive("11899223197428497\r".getBytes(StandardCharsets.ISO_8859_1));
    fake.scan("B");
    fake.close();
    fake.close();
    assertThat(listener.summary())
        .containsExactly(
            "CONNECTED",
            "scan:9400111899223197428497",
            "INCOMPLETE_FRAME",
            "DISCONNECTED",
            "CONNECTED",
            "PARTIAL_FRAME",
            "scan:B",
            "CLOSED");
    Scan scan = listener.scans().get(0);
    assertThat(scan.scannerId()).isEqualTo("bench-1");
    assertThat(scan.receivedAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void framesRawBytesLikeTheWireIncludingOverLongJunk() {
    Framing small = new Framing(Terminator.CRLF, Duration.ofMillis(50), "", "", 8);
    FakeBarcodeScanner fake = new FakeBarcodeScanner("s", small, CLOCK);
    fake.start(listener);
    fake.receive("0123456789\r\nAB\r".getBytes(StandardCharsets.ISO_8859_1));
    fake.receive("\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(listener.summary()).containsExactly("CONNECTED", "FRAME_TOO_LONG", "scan:AB");
  }

  @Test
  void withoutASuffixAScanEndsAtThePause() {
    FakeBarcodeScanner fake =
        new FakeBarcodeScanner("s", Framing.DEFAULT.withTerminator(Terminator.NONE), CLOCK);
    fake.start(listener);
    fake.scan("AB");
    fake.receive(new byte[] {'C'});
    fake.pause();
    assertThat(listener.texts()).containsExactly("AB", "C");
  }

  @Test
  void startedUnpluggedItReportsDisconnectedAndRefusesBytes() {
    FakeBarcodeScanner fake = new FakeBarcodeScanner("s");
    fake.unplug();
    fake.start(listener);
    assertThat(listener.states()).containsExactly(ConnectionState.DISCONNECTED);
    assertThat(fake.isConnected()).isFalse();
    assertThatThrownBy(() -> fake.scan("A")).isInstanceOf(IllegalStateException.class);
    fake.plug();
    fake.scan("A");
    assertThat(listener.texts()).containsExactly("A");
  }
}
