package org.scanstation.device.scanner.connect;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scanstation.common.Durations;
import org.scanstation.common.QueryString;
import org.scanstation.device.DeviceException;
import org.scanstation.device.scanner.Framing;
import org.scanstation.device.scanner.Terminator;

/**
 * The typed view of a scanner URI's query, read by the station's one query-string rule ({@link
 * QueryString}: unknown or repeated parameters are errors, {@code +} is a plus). Values are
 * percent-decoded, so {@code strip-prefix=%02} is STX; durations take {@link Durations}' forms.
 * Every error names the URI and the parameter.
 */
final class QueryParams {
  /** Framing parameters every byte-stream scanner takes. */
  static final Set<String> FRAMING_KEYS =
      Set.of("suffix", "gap", "strip-prefix", "strip-suffix", "max", "flush");

  private final String uri;
  private final Map<String, String> values;

  private QueryParams(String uri, Map<String, String> values) {
    this.uri = uri;
    this.values = values;
  }

  /** Parses {@code rawQuery} (null or empty for none), allowing only {@code allowed} keys. */
  static QueryParams parse(String uri, String rawQuery, Set<String> allowed) {
    try {
      return new QueryParams(uri, QueryString.parse(rawQuery, allowed));
    } catch (IllegalArgumentException e) {
      throw ScannerUri.bad(uri, e.getMessage());
    }
  }

  /** The raw values, for {@code SerialSettings.fromQuery}. */
  Map<String, String> asMap() {
    return Map.copyOf(values);
  }

  /** The framing these parameters describe (defaults from {@link Framing#DEFAULT}). */
  Framing framing() {
    Framing d = Framing.DEFAULT;
    try {
      return new Framing(
          terminator(),
          duration("gap", d.gap()),
          bytes("strip-prefix", d.stripPrefix()),
          bytes("strip-suffix", d.stripSuffix()),
          integer("max", d.maxFrameBytes()));
    } catch (DeviceException e) {
      throw ScannerUri.bad(uri, e.getMessage());
    }
  }

  private Terminator terminator() {
    String v = values.get("suffix");
    if (v == null) {
      return Framing.DEFAULT.terminator();
    }
    try {
      return Terminator.valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ScannerUri.bad(uri, "suffix=" + v + " is not CR, LF, CRLF or NONE");
    }
  }

  boolean bool(String key, boolean fallback) {
    String v = values.get(key);
    if (v == null) {
      return fallback;
    }
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "" -> true;
      case "false", "no", "0" -> false;
      default -> throw ScannerUri.bad(uri, key + "=" + v + " is not true or false");
    };
  }

  int integer(String key, int fallback) {
    String v = values.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      String s = v.strip().toLowerCase(Locale.ROOT);
      return s.startsWith("0x") ? Integer.parseInt(s.substring(2), 16) : Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw ScannerUri.bad(uri, key + "=" + v + " is not a number");
    }
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  private Duration duration(String key, Duration fallback) {
    String v = values.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Durations.parse(v);
    } catch (IllegalArgumentException e) {
      throw ScannerUri.bad(uri, key + "=" + v + " is not a duration; write " + Durations.FORMS);
    }
  }

  /** A value the framer matches byte for byte (ISO-8859-1), so one char must be one byte. */
  private String bytes(String key, String fallback) {
    String v = values.getOrDefault(key, fallback);
    if (v.chars().anyMatch(c -> c > 0xFF)) {
      throw ScannerUri.bad(
          uri, key + " must be single bytes: write a control byte as %02, not as UTF-8 text");
    }
    return v;
  }
}
