package org.scanstation.device.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.scanstation.device.scanner.BarcodeScanner;
import org.scanstation.device.scanner.ConnectionState;
import org.scanstation.device.scanner.RecordingListener;
import org.scanstation.device.scanner.connect.ScannerFactory;

/**
 * Needs a real USB scanner and a person: off unless {@code -Dscanstation.hardware.scanner=URI}
 * (e.g. {@code usb:0c2e:0b61}) is given. Scan any barcode within 60 s, then unplug the scanner,
 * plug it back and scan again within 60 s.
 */
@Tag("hardware")
@EnabledIfSystemProperty(named = "scanstation.hardware.scanner", matches = ".+")
class UsbScannerHardwareIT {

  @Test
  void readsAScanSurvivesAReplugAndReadsAnother() {
    String uri = System.getProperty("scanstation.hardware.scanner");
    RecordingListener listener = new RecordingListener();
    try (BarcodeScanner scanner = ScannerFactory.standard().create("hardware", uri)) {
      scanner.start(listener);
      System.out.println("Scan a barcode with " + uri);
      await().atMost(Duration.ofSeconds(60)).until(() -> listener.scans().size() == 1);
      System.out.println("Got " + listener.texts().get(0) + "; now unplug, replug and scan again");
      await().atMost(Duration.ofSeconds(60)).until(() -> listener.scans().size() == 2);
    }
    assertThat(listener.states())
        .containsExactly(
            ConnectionState.CONNECTED,
            ConnectionState.DISCONNECTED,
            ConnectionState.CONNECTED,
            ConnectionState.CLOSED);
  }
}
