package org.scanstation.device.scanner.connect;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.scanstation.device.DeviceException;
import org.scanstation.device.scanner.SessionOpener;

/**
 * Where a scanner is and how to read it, as one string for config files and the command line:
 *
 * <ul>
 *   <li>{@code serial:/dev/ttyACM0?baud=9600&suffix=CR} — a serial port by path;
 *   <li>{@code tcp://host:4001?suffix=CRLF} — a network serial server's raw TCP port;
 *   <li>{@code usb:05e0:1200?interface=0&usage-page=0x8c} — a USB HID scanner by vendor:product.
 * </ul>
 *
 * Serial and TCP take the framing parameters {@code suffix} (CR, LF, CRLF, NONE), {@code gap}
 * (silence that ends a scan with NONE, e.g. 50ms), {@code strip-prefix}, {@code strip-suffix}
 * (percent-encoded bytes), {@code max} (longest scan, default 512) and {@code flush} (discard stale
 * input on open, default true); serial also {@code baud}, {@code databits}, {@code parity}, {@code
 * stopbits}, {@code flow}. USB takes {@code interface}, {@code usage-page} and {@code max}.
 */
public sealed interface ScannerUri permits SerialScannerUri, TcpScannerUri, UsbScannerUri {

  /** The three forms, for error messages. */
  String FORMS = "serial:/dev/ttyACM0?baud=9600&suffix=CR, tcp://host:4001 or usb:05e0:1200";

  /**
   * Parses and checks a scanner URI.
   *
   * @throws DeviceException naming the URI, what is wrong with it and the forms that work
   */
  static ScannerUri parse(String uri) {
    Objects.requireNonNull(uri, "uri");
    String s = uri.strip();
    int colon = s.indexOf(':');
    if (colon < 1) {
      throw bad(uri, "it has no scheme");
    }
    String rest = s.substring(colon + 1);
    return switch (s.substring(0, colon).toLowerCase(Locale.ROOT)) {
      case "serial" -> SerialScannerUri.parse(uri, rest);
      case "tcp" -> TcpScannerUri.parse(uri, s);
      case "usb" -> UsbScannerUri.parse(uri, rest);
      default -> throw bad(uri, "scheme '" + s.substring(0, colon) + "' is not serial, tcp or usb");
    };
  }

  /** Opens sessions to this scanner, stamping scans with {@code clock}. */
  SessionOpener opener(Clock clock);

  /** An error about a URI that says what works. */
  static DeviceException bad(String uri, String problem) {
    return new DeviceException("scanner URI '" + uri + "': " + problem + " (forms: " + FORMS + ")");
  }
}
