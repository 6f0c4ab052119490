package org.scanstation.device.hid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HidReportDescriptorTest {

  /** The boot keyboard report descriptor of the HID specification (appendix B). */
  private static final byte[] KEYBOARD =
      bytes(
          0x05, 0x01, 0x09, 0x06, 0xA1, 0x01, 0x05, 0x07, 0x19, 0xE0, 0x29, 0xE7, 0x15, 0x00, 0x25,
          0x01, 0x75, 0x01, 0x95, 0x08, 0x81, 0x02, 0x95, 0x01, 0x75, 0x08, 0x81, 0x01, 0x95, 0x05,
          0x75, 0x01, 0x05, 0x08, 0x19, 0x01, 0x29, 0x05, 0x91, 0x02, 0x95, 0x01, 0x75, 0x03, 0x91,
          0x01, 0x95, 0x06, 0x75, 0x08, 0x15, 0x00, 0x25, 0x65, 0x05, 0x07, 0x19, 0x00, 0x29, 0x65,
          0x81, 0x00, 0xC0);

  /** A HID POS scanner: usage page 0x8C (2-byte item), usage 0x02, nested report collections. */
  private static final byte[] POS =
      bytes(
          0x06,
          0x8C,
          0x00,
          0x09,
          0x02,
          0xA1,
          0x01,
          0x09,
          0x12,
          0xA1,
          0x02,
          0x85,
          0x02,
          0x15,
          0x00,
          0x26,
          0xFF,
          0x00,
          0x75,
          0x08,
          0x95,
          0x3F,
          0x09,
          0xFE,
          0x82,
          0x02,
          0x01,
          0xC0,
          0xC0,
          // a vendor collection after it, announced with a 4-byte usage (page in the high half)
          0x0B,
          0x01,
          0x00,
          0x00,
          0xFF,
          0xA1,
          0x01,
          0xC0);

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void findsTheKeyboardApplication() {
    assertThat(HidReportDescriptor.applications(KEYBOARD))
        .containsExactly(new HidApplication(0x01, 0x06));
    assertThat(HidReportDescriptor.applications(KEYBOARD).get(0).isKeyboard()).isTrue();
  }

  @Test
  void findsTheBarcodeScannerAndOnlyTopLevelCollections() {
    assertThat(HidReportDescriptor.applications(POS))
        .containsExactly(new HidApplication(0x8C, 0x02), new HidApplication(0xFF00, 0x01));
    assertThat(HidReportDescriptor.applications(POS).get(0).isBarcodeScanner()).isTrue();
  }

  @Test
  void survivesTruncatedAndEmptyDescriptors() {
    assertThat(HidReportDescriptor.applications(new byte[0])).isEmpty();
    assertThat(HidReportDescriptor.applications(bytes(0x05, 0x01, 0x09, 0x06, 0xA1))).isEmpty();
    assertThat(HidReportDescriptor.applications(bytes(0xFE, 0x40))).isEmpty();
  }
}
