package org.scanstation.device.usb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.scanstation.common.Backoff;
import org.scanstation.device.scanner.BarcodeScanner;
import org.scanstation.device.scanner.ConnectionState;
import org.scanstation.device.scanner.RecordingListener;
import org.scanstation.device.scanner.ScannerStatus;
import org.scanstation.device.scanner.connect.ScannerFactory;

/**
 * Real libusb on whatever machine runs the build, asked for a device no machine has: the USB
 * scanner must degrade to a clear DISCONNECTED, keep retrying, and close cleanly.
 */
class UsbWithoutTheDeviceIT {
  private static final boolean NO_USB_BUS = !Files.isDirectory(Path.of("/dev/bus/usb"));

  @Test
  void listingDevicesWorksWithOrWithoutABus() {
    UsbBus bus = UsbBus.shared();
    if (NO_USB_BUS) {
      assertThat(bus.devices()).isEmpty();
      assertThat(UsbBus.whyNoDevices()).contains("/dev/bus/usb does not exist");
    } else {
      assertThat(bus.devices())
          .allSatisfy(d -> assertThat(d.ids()).matches("\\p{XDigit}{4}:\\p{XDigit}{4}"));
    }
  }

  @Test
  void aMissingScannerIsReportedOnceWithWhatToDoAndTheScannerStaysUsable() {
    ScannerFactory factory =
        new ScannerFactory(
            Clock.systemUTC(), new Backoff(Duration.ofMillis(10), Duration.ofMillis(50)));
    RecordingListener listener = new RecordingListener();
    BarcodeScanner scanner = factory.create("usb-1", "usb:ffff:fffe");
    scanner.start(listener);
    await().until(() -> !listener.statuses().isEmpty());
    ScannerStatus status = listener.statuses().get(0);
    assertThat(status.state()).isEqualTo(ConnectionState.DISCONNECTED);
    assertThat(status.detail()).startsWith("USB device ffff:fffe is not connected");
    if (NO_USB_BUS) {
      assertThat(status.detail()).contains("no USB bus");
    }
    scanner.close();
    assertThat(listener.states())
        .containsExactly(ConnectionState.DISCONNECTED, ConnectionState.CLOSED);
    assertThat(listener.errors()).isEmpty();
  }
}
