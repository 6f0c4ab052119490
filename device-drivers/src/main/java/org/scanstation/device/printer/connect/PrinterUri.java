package org.scanstation.device.printer.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.PrinterLanguage;

/**
 * Where a printer is, written as a URI:
 *
 * <ul>
 *   <li>{@code tcp://HOST[:PORT]}: the raw port, 9100 unless given;
 *   <li>{@code serial:PATH[?baud=9600&parity=none&databits=8&stopbits=1&flow=none&max-busy=10s]};
 *   <li>{@code usb:} (the first USB printer) or {@code usb:VID:PID} in hex ({@code usb:0a5f:0164});
 *   <li>{@code cups:QUEUE}, a CUPS raw queue;
 *   <li>any of them with {@code ?lang=tspl} (or {@code &lang=tspl} after serial settings).
 * </ul>
 *
 * Every kind takes {@code ?lang=zpl|tspl|epl}, the printer's language (ZPL when not given), and a
 * TSPL or EPL2 printer {@code darkness=0..15} and {@code speed=1..6} ({@link HeadSettings}); a
 * serial URI also takes its line settings and {@code max-busy}, how long one job with a bitmap may
 * hold the line (the station's {@code PrinterOptions} when not given). An unknown or repeated
 * parameter is an error naming it, and {@code +} is a plus (the station's one query-string rule,
 * {@link org.scanstation.common.QueryString}). Immutable. Parsing does no I/O.
 *
 * @param scheme tcp, serial, usb or cups
 * @param target host, path, "VID:PID" (or "") or queue
 * @param port the TCP port, else -1
 * @param query the query parameters (language, serial settings)
 * @param text the URI as written
 */
public record PrinterUri(
    String scheme, String target, int port, Map<String, String> query, String text) {
  /** The raw port of Zebras and most network label printers. */
  public static final int RAW_PORT = 9100;

  private static final String FORMS =
      "use tcp://HOST:9100, serial:/dev/ttyUSB0?baud=9600, usb:VID:PID or cups:QUEUE";
  private static final Pattern USB_IDS = Pattern.compile("[0-9a-fA-F]{4}:[0-9a-fA-F]{4}");
  private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9_.@+-]{1,127}");

  /** Copies the query. */
  public PrinterUri {
    Objects.requireNonNull(scheme, "scheme");
    query = Map.copyOf(query);
  }

  /** Whether {@code text} is written as a printer URI rather than as a printer's id. */
  public static boolean looksLikeUri(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
    return scheme.equals("tcp")
        || scheme.equals("serial")
        || scheme.equals("usb")
        || scheme.equals("cups");
  }

  /**
   * Parses a printer URI.
   *
   * @throws DeviceException quoting it and showing the forms that work
   */
  public static PrinterUri parse(String text) {
    String t = Objects.requireNonNull(text, "text").strip();
    int colon = t.indexOf(':');
    String scheme = colon < 0 ? "" : t.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = colon < 0 ? "" : t.substring(colon + 1);
    return switch (scheme) {
      case "tcp" -> tcp(t);
      case "serial" -> serial(t, rest);
      case "usb" -> usb(t, rest);
      case "cups" -> cups(t, rest);
      default -> throw bad(t, "unknown kind of printer");
    };
  }

  private static PrinterUri tcp(String t) {
    URI u;
    try {
      u = new URI(t);
    } catch (URISyntaxException e) {
      throw bad(t, e.getReason());
    }
    if (u.getHost() == null || u.getHost().isEmpty()) {
      throw bad(t, "no host; write tcp://HOST:9100");
    }
    if (u.getPath() != null && !u.getPath().isEmpty() && !u.getPath().equals("/")) {
      throw bad(t, "a raw TCP printer has no path");
    }
    Map<String, String> query = query(t, u.getRawQuery(), PrinterQuery.ANY_KEYS);
    int port = u.getPort() < 0 ? RAW_PORT : u.getPort();
    return new PrinterUri("tcp", u.getHost(), port, query, t);
  }

  private static PrinterUri serial(String t, String rest) {
    int q = rest.indexOf('?');
    String path = q < 0 ? rest : rest.substring(0, q);
    if (path.startsWith("//")) {
      path = path.substring(2);
    }
    if (path.isEmpty()) {
      throw bad(t, "no port path; write serial:/dev/ttyUSB0?baud=9600");
    }
    String raw = q < 0 ? null : rest.substring(q + 1);
    return new PrinterUri("serial", path, -1, query(t, raw, PrinterQuery.SERIAL_KEYS), t);
  }

  private static PrinterUri usb(String t, String rest) {
    int q = rest.indexOf('?');
    String ids = q < 0 ? rest : rest.substring(0, q);
    Map<String, String> query =
        query(t, q < 0 ? null : rest.substring(q + 1), PrinterQuery.ANY_KEYS);
    if (!ids.isEmpty() && !USB_IDS.matcher(ids).matches()) {
      throw bad(t, "write usb: for the first USB printer, or usb:VID:PID in hex (usb:0a5f:0164)");
    }
    return new PrinterUri("usb", ids.toLowerCase(Locale.ROOT), -1, query, t);
  }

  private static PrinterUri cups(String t, String rest) {
    int q = rest.indexOf('?');
    String queue = q < 0 ? rest : rest.substring(0, q);
    Map<String, String> query =
        query(t, q < 0 ? null : rest.substring(q + 1), PrinterQuery.ANY_KEYS);
    if (!QUEUE.matcher(queue).matches()) {
      throw bad(t, "write cups:QUEUE with the queue's name as lpstat -p shows it");
    }
    return new PrinterUri("cups", queue, -1, query, t);
  }

  private static Map<String, String> query(String t, String rawQuery, Set<String> allowed) {
    try {
      return PrinterQuery.parse(rawQuery, allowed);
    } catch (IllegalArgumentException e) {
      throw bad(t, e.getMessage());
    }
  }

  /** The printer's language: {@code ?lang=zpl|tspl|epl}, ZPL when not given. */
  public PrinterLanguage language() {
    return PrinterQuery.language(query);
  }

  /** The darkness and speed its labels are rendered with ({@code ?darkness=&speed=}). */
  public HeadSettings headSettings() {
    return HeadSettings.of(query, language());
  }

  /**
   * How long one job with a bitmap may hold this serial line ({@code ?max-busy=}), if given
   * (checked at parse).
   */
  public Optional<Duration> maxBusy() {
    return PrinterQuery.maxBusy(query);
  }

  /** The USB vendor id, or -1 for "the first printer". */
  public int usbVendor() {
    return target.isEmpty() ? -1 : Integer.parseInt(target.substring(0, 4), 16);
  }

  /** The USB product id, or -1 for "the first printer". */
  public int usbProduct() {
    return target.isEmpty() ? -1 : Integer.parseInt(target.substring(5), 16);
  }

  private static DeviceException bad(String text, String why) {
    return new DeviceException("printer URI '" + text + "': " + why + " (" + FORMS + ")");
  }

  @Override
  public String toString() {
    return text;
  }
}
