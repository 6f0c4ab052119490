package org.scanstation.device.printer.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.scanstation.device.printer.Delivery;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterOptions;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.connect.Printers;

/**
 * The USB printer transport where the printer is not there (this machine has no USB bus): it
 * degrades to UNREACHABLE with the reason and the way out, and never sends.
 */
class UsbPrinterWithoutTheDeviceIT {
  private static final byte[] LABEL = "^XA^FDx^FS^XZ".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aMissingUsbPrinterIsUnreachableAndSaysWhy() {
    try (LabelPrinter p =
        Printers.open("usb-1", "usb:0a5f:0164", PrinterOptions.DEFAULTS, Clock.systemUTC())) {
      PrinterStatus s = p.status();
      assertThat(s.state()).isEqualTo(PrinterState.UNREACHABLE);
      assertThat(s.message())
          .startsWith("printer usb-1 at USB 0a5f:0164: cannot be reached: ")
          .containsAnyOf("no USB printer 0a5f:0164 found", "USB is disabled");
      assertThat(s.describe()).contains(" — ");
      assertThat(p.send(LABEL)).isInstanceOf(Delivery.NotSent.class);
    }
  }

  /** Prints one label on a real USB printer: set SCANSTATION_USB_PRINTER=usb:VID:PID to run. */
  @Test
  @EnabledIfEnvironmentVariable(named = "SCANSTATION_USB_PRINTER", matches = "usb:.*")
  void aRealUsbPrinter() {
    try (LabelPrinter p =
        Printers.open(
            "usb-1",
            System.getenv("SCANSTATION_USB_PRINTER"),
            PrinterOptions.DEFAULTS,
            Clock.systemUTC())) {
      assertThat(p.status().answered()).as(p.status().message()).isTrue();
      assertThat(p.send(LABEL)).isNotInstanceOf(Delivery.NotSent.class);
    }
  }
}
