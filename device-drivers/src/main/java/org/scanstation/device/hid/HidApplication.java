package org.scanstation.device.hid;

/**
 * A top-level application collection of a HID report descriptor: what the interface says it is.
 *
 * @param usagePage e.g. 0x01 Generic Desktop, 0x8C Bar Code Scanner
 * @param usage e.g. 0x06 Keyboard (on 0x01), 0x02 Bar Code Scanner (on 0x8C)
 */
public record HidApplication(int usagePage, int usage) {
  /** Usage page of HID POS bar code scanners. */
  public static final int BARCODE_SCANNER_PAGE = 0x8C;

  /** Usage page of keyboards, mice and the like. */
  public static final int GENERIC_DESKTOP_PAGE = 0x01;

  /** A keyboard (Generic Desktop / Keyboard): a scanner in keyboard-wedge mode. */
  public boolean isKeyboard() {
    return usagePage == GENERIC_DESKTOP_PAGE && usage == 0x06;
  }

  /** A HID POS bar code scanner (usage page 0x8C). */
  public boolean isBarcodeScanner() {
    return usagePage == BARCODE_SCANNER_PAGE;
  }

  @Override
  public String toString() {
    return String.format("usage page 0x%02X usage 0x%02X", usagePage, usage);
  }
}
