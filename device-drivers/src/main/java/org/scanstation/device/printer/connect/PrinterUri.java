package org.scanstation.device.printer.connect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.scanstation.common.QueryString;
import org.scanstation.device.DeviceException;
import org.scanstation.device.serial.SerialSettings;

/**
 * Where a printer is, written as a URI:
 *
 * <ul>
 *   <li>{@code tcp://HOST[:PORT]}: the raw port, 9100 unless given;
 *   <li>{@code serial:PATH[?baud=9600&parity=none&databits=8&stopbits=1&flow=none]};
 *   <li>{@code usb:} (the first USB printer) or {@code usb:VID:PID} in hex ({@code usb:0a5f:0164});
 *   <li>{@code cups:QUEUE}, a CUPS raw queue.
 * </ul>
 *
 * Only a serial URI takes parameters, and only those; an unknown or repeated parameter is an error
 * naming it, and {@code +} is a plus (the station's one query-string rule, {@link QueryString}).
 * Immutable. Parsing does no I/O.
 *
 * @param scheme tcp, serial, usb or cups
 * @param target host, path, "VID:PID" (or "") or queue
 * @param port the TCP port, else -1
 * @param query the query parameters (serial settings), in order
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

  /** USB, CUPS and raw TCP printers take no parameters: the first one given is unknown. */
  private static void noParameters(String t, String rawQuery) {
    query(t, rawQuery, Set.of());
  }

  /** {@code rest} up to its {@code ?}, after checking that no parameter follows. */
  private static String withoutParameters(String t, String rest) {
    int q = rest.indexOf('?');
    noParameters(t, q < 0 ? null : rest.substring(q + 1));
    return q < 0 ? rest : rest.substring(0, q);
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
    noParameters(t, u.getRawQuery());
    int port = u.getPort() < 0 ? RAW_PORT : u.getPort();
    return new PrinterUri("tcp", u.getHost(), port, Map.of(), t);
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
    return new PrinterUri("serial", path, -1, query(t, raw, SerialSettings.QUERY_KEYS), t);
  }

  private static PrinterUri usb(String t, String rest) {
    String ids = withoutParameters(t, rest);
    if (!ids.isEmpty() && !USB_IDS.matcher(ids).matches()) {
      throw bad(t, "write usb: for the first USB printer, or usb:VID:PID in hex (usb:0a5f:0164)");
    }
    return new PrinterUri("usb", ids.toLowerCase(Locale.ROOT), -1, Map.of(), t);
  }

  private static PrinterUri cups(String t, String rest) {
    String queue = withoutParameters(t, rest);
    if (!QUEUE.matcher(queue).matches()) {
      throw bad(t, "write cups:QUEUE with the queue's name as lpstat -p shows it");
    }
    return new PrinterUri("cups", queue, -1, Map.of(), t);
  }

  private static Map<String, String> query(String t, String rawQuery, Set<String> allowed) {
    try {
      return QueryString.parse(rawQuery, allowed);
    } catch (IllegalArgumentException e) {
      throw bad(t, e.getMessage());
    }
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
