package org.scanstation.device.usb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsbErrorsTest {

  @Test
  void permissionDeniedPointsAtTheUdevRuleForThatDevice() {
    assertThat(UsbErrors.explain("open", 0x0C2E, 0x0B61, -3))
        .startsWith("cannot open USB device 0c2e:0b61: permission denied (libusb -3)")
        .contains("station udev-rule --vid 0c2e --pid 0b61");
  }

  @Test
  void busyAndUnknownCodesAreNamed() {
    assertThat(UsbErrors.explain("claim interface 0 of", 1, 2, -6))
        .contains("claim interface 0 of USB device 0001:0002: busy")
        .contains("another program");
    assertThat(UsbErrors.name(-42)).isEqualTo("unknown error (libusb -42)");
  }

  @Test
  void knowsTheScannerAndPrinterVendors() {
    assertThat(KnownVendor.of(0x0A5F)).contains(KnownVendor.ZEBRA_PRINTERS);
    assertThat(KnownVendor.of(0x0A5F).orElseThrow().role()).isEqualTo(KnownVendor.Role.PRINTER);
    assertThat(KnownVendor.of(0x0C2E).orElseThrow().role()).isEqualTo(KnownVendor.Role.SCANNER);
    assertThat(KnownVendor.of(0x05F9)).contains(KnownVendor.DATALOGIC);
    assertThat(KnownVendor.of(0x05E0)).contains(KnownVendor.ZEBRA_SYMBOL);
    assertThat(KnownVendor.of(0x1D6B)).isEmpty();
  }
}
