package org.scanstation.device.scanner.connect;

import java.time.Clock;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scanstation.device.hid.HidApplication;
import org.scanstation.device.scanner.Framing;
import org.scanstation.device.scanner.SessionOpener;
import org.scanstation.device.usb.UsbHidOpener;

/**
 * A USB HID scanner (keyboard mode or HID POS): {@code usb:05e0:1200?interface=0&usage-page=0x8c}.
 *
 * @param vendorId USB vendor id
 * @param productId USB product id
 * @param interfaceNumber only this interface, for scanners that expose several
 * @param usagePage only an interface with this usage page: 0x8C (HID POS) or 0x01 (keyboard)
 * @param maxFrameBytes the longest barcode kept
 */
public record UsbScannerUri(
    int vendorId,
    int productId,
    OptionalInt interfaceNumber,
    OptionalInt usagePage,
    int maxFrameBytes)
    implements ScannerUri {
  private static final Pattern IDS = Pattern.compile("([0-9a-fA-F]{4}):([0-9a-fA-F]{4})");
  private static final Set<String> KEYS = Set.of("interface", "usage-page", "max");

  static UsbScannerUri parse(String uri, String rest) {
    int q = rest.indexOf('?');
    Matcher m = IDS.matcher(q < 0 ? rest : rest.substring(0, q));
    if (!m.matches()) {
      throw ScannerUri.bad(
          uri,
          "usb needs vendor:product as 4 hex digits each, e.g. usb:05e0:1200"
              + " (see `station devices`)");
    }
    QueryParams params = QueryParams.parse(uri, q < 0 ? null : rest.substring(q + 1), KEYS);
    OptionalInt iface = OptionalInt.empty();
    if (params.has("interface")) {
      int n = params.integer("interface", 0);
      if (n < 0 || n > 255) {
        throw ScannerUri.bad(uri, "interface=" + n + " is not 0-255");
      }
      iface = OptionalInt.of(n);
    }
    OptionalInt page = OptionalInt.empty();
    if (params.has("usage-page")) {
      int p = params.integer("usage-page", 0);
      if (p != HidApplication.BARCODE_SCANNER_PAGE && p != HidApplication.GENERIC_DESKTOP_PAGE) {
        throw ScannerUri.bad(uri, "usage-page must be 0x8c (HID POS) or 0x01 (keyboard)");
      }
      page = OptionalInt.of(p);
    }
    int max = params.integer("max", Framing.DEFAULT_MAX_FRAME_BYTES);
    if (max < 1 || max > 65_536) {
      throw ScannerUri.bad(uri, "max=" + max + " is not 1-65536");
    }
    return new UsbScannerUri(
        Integer.parseInt(m.group(1), 16), Integer.parseInt(m.group(2), 16), iface, page, max);
  }

  @Override
  public SessionOpener opener(Clock clock) {
    return new UsbHidOpener(vendorId, productId, interfaceNumber, usagePage, maxFrameBytes, clock);
  }
}
