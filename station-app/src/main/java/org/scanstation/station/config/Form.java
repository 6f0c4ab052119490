package org.scanstation.station.config;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.scanstation.common.Durations;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.connect.PrinterUri;
import org.scanstation.device.scanner.connect.ScannerUri;
import org.scanstation.label.LabelRenderer;
import org.scanstation.label.MailService;
import org.scanstation.station.domain.acceptance.UnknownShipment;
import org.scanstation.station.domain.policy.MailerIdAllowList;

/**
 * The form a setting's value must have, and how it is read: each value is parsed once, when the
 * configuration is loaded, so that a bad value stops the start naming the key, the value and this
 * form's {@link #allowed()} words. Pure; thread-safe.
 */
public enum Form {
  /** Any text, blank included. */
  TEXT("any text", s -> s),
  /** {@code true} or {@code false}, nothing else. */
  BOOLEAN("true or false", Form::bool),
  /** A duration in the station's one format. */
  DURATION(Durations.FORMS, Durations::parse),
  /** A duration longer than zero. */
  POSITIVE_DURATION("longer than zero: " + Durations.FORMS, Durations::parsePositive),
  /** A size in bytes. */
  SIZE("a size such as 128MiB or 1GiB", ByteSize::parse),
  /** A TCP port, 0 for any free one. */
  PORT("a port number from 0 to 65535", s -> range(s, 0, 65_535)),
  /** Labels held in memory for one printer. */
  QUEUE_LIMIT("a whole number from 1 to 1000000", s -> range(s, 1, 1_000_000)),
  /** Requests per second. */
  RATE("a whole number of requests per second from 1 to 1000", s -> range(s, 1, 1000)),
  /** Calls in flight. */
  CONCURRENCY("a whole number from 1 to 64", s -> range(s, 1, 64)),
  /** A printer resolution. */
  DPI("203 or 300", Form::dpi),
  /** A USPS service id. */
  SERVICE(
      "priority-mail, priority-mail-express, ground-advantage or first-class-mail", Form::service),
  /** The unknown-shipment policy. */
  POLICY("accept or reject", UnknownShipment::parse),
  /** A Mailer-ID allow-list. */
  MAILER_IDS("comma-separated 6- or 9-digit Mailer IDs, or empty", MailerIdAllowList::parse, true),
  /** Devices as {@code id=URI,id=URI}. */
  DEVICES(
      "id=URI pairs, comma-separated (e.g. desk-1=tcp://10.0.0.9:4001)", DeviceList::parse, true),
  /** Scanners as {@code id=URI}, each URI a valid scanner URI. */
  SCANNERS(
      "id=URI pairs, comma-separated, each URI " + ScannerUri.FORMS,
      s -> devices(s, ScannerUri::parse),
      true),
  /** Printers as {@code id=URI}, each URI a valid printer URI. */
  PRINTERS(
      "id=URI pairs, comma-separated, each URI tcp://HOST:9100, serial:PATH, usb:VID:PID or"
          + " cups:QUEUE",
      s -> devices(s, PrinterUri::parse),
      true),
  /** An http or https URL. */
  URL("an http:// or https:// URL", Form::url),
  /** A listening address, or empty for none: an {@code Optional<InetSocketAddress>}. */
  LISTEN("empty, or HOST:PORT such as 127.0.0.1:8081", Form::listen),
  /** A time zone: a {@link ZoneId}. */
  ZONE("a time zone id such as UTC or America/Chicago", Form::zone),
  /** A 5-digit ZIP Code or empty: an {@code Optional<String>}. */
  ZIP("empty, or a 5-digit ZIP Code such as 10001", Form::zip),
  /** Where the sync sends the outbox: a {@link SyncSink}. */
  SINK("http or kafka", SyncSink::parse),
  /** Kafka brokers as {@code HOST:PORT,HOST:PORT}, or empty: the text as given. */
  BROKERS(
      "empty, or HOST:PORT pairs, comma-separated (e.g. kafka-1:9092,kafka-2:9092)",
      Form::brokers,
      true),
  /** A Kafka topic name. */
  TOPIC("a topic name of 1 to 249 letters, digits, '.', '_' or '-'", Form::topic);

  private final String allowed;
  private final Function<String, Object> parser;
  private final boolean detailed;

  Form(String allowed, Function<String, Object> parser) {
    this(allowed, parser, false);
  }

  Form(String allowed, Function<String, Object> parser, boolean detailed) {
    this.allowed = allowed;
    this.parser = parser;
    this.detailed = detailed;
  }

  /** Whether the parser's own message says more than {@link #allowed()} (which entry is wrong). */
  boolean detailed() {
    return detailed;
  }

  /** What the value may be, in words for the error message. */
  public String allowed() {
    return allowed;
  }

  /**
   * The value {@code text} stands for.
   *
   * @throws IllegalArgumentException when it does not have this form
   */
  Object parse(String text) {
    return parser.apply(text);
  }

  private static Object bool(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("not a boolean");
    };
  }

  private static Object range(String s, int min, int max) {
    try {
      int n = Integer.parseInt(s);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException("out of range");
  }

  private static Object dpi(String s) {
    Object n = range(s, 1, 10_000);
    if (!LabelRenderer.SUPPORTED_DPI.contains(n)) {
      throw new IllegalArgumentException("unsupported resolution");
    }
    return n;
  }

  private static Object service(String s) {
    return MailService.fromId(s).orElseThrow(() -> new IllegalArgumentException("unknown service"));
  }

  /** The device list, every URI checked by {@code check} (which names what is wrong). */
  private static Object devices(String s, Consumer<String> check) {
    Map<String, String> devices = DeviceList.parse(s);
    for (Map.Entry<String, String> e : devices.entrySet()) {
      try {
        check.accept(e.getValue());
      } catch (DeviceException bad) {
        throw new IllegalArgumentException(e.getKey() + ": " + bad.getMessage(), bad);
      }
    }
    return devices;
  }

  private static Object listen(String s) {
    if (s.isEmpty()) {
      return Optional.empty();
    }
    int colon = s.lastIndexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("no port");
    }
    String host = s.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = (Integer) range(s.substring(colon + 1), 0, 65_535);
    InetSocketAddress a = new InetSocketAddress(host, port);
    if (a.isUnresolved()) {
      throw new IllegalArgumentException("unknown host");
    }
    return Optional.of(a);
  }

  private static Object zone(String s) {
    try {
      return ZoneId.of(s);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("unknown time zone", e);
    }
  }

  private static Object zip(String s) {
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (!s.matches("[0-9]{5}")) {
      throw new IllegalArgumentException("not 5 digits");
    }
    return Optional.of(s);
  }

  private static Object brokers(String s) {
    if (s.isEmpty()) {
      return s;
    }
    for (String b : s.split(",", -1)) {
      String one = b.strip();
      int colon = one.lastIndexOf(':');
      if (colon < 1) {
        throw new IllegalArgumentException("'" + one + "' has no :PORT");
      }
      range(one.substring(colon + 1), 1, 65_535);
    }
    return s;
  }

  private static Object topic(String s) {
    // Kafka's own rule; "." and ".." are names it refuses too
    if (!s.matches("[a-zA-Z0-9._-]{1,249}") || s.equals(".") || s.equals("..")) {
      throw new IllegalArgumentException("not a topic name");
    }
    return s;
  }

  private static Object url(String s) {
    try {
      URI u = new URI(s);
      if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // said below
    }
    throw new IllegalArgumentException("not an http(s) URL");
  }
}
