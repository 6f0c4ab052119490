package org.scanstation.device.scanner.connect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scanstation.device.DeviceException;
import org.scanstation.device.scanner.Framing;
import org.scanstation.device.scanner.Terminator;

/**
 * The query of a scanner URI: {@code key=value} pairs, percent-decoded one byte per char (so {@code
 * strip-prefix=%02} is STX). Every error names the URI and the parameter.
 */
final class QueryParams {
  /** Framing parameters every byte-stream scanner takes. */
  static final Set<String> FRAMING_KEYS =
      Set.of("suffix", "gap", "strip-prefix", "strip-suffix", "max", "flush");

  private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*(ms|s)?");

  private final String uri;
  private final Map<String, String> values;

  private QueryParams(String uri, Map<String, String> values) {
    this.uri = uri;
    this.values = values;
  }

  /** Parses {@code rawQuery} (null or empty for none), allowing only {@code allowed} keys. */
  static QueryParams parse(String uri, String rawQuery, Set<String> allowed) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&", -1)) {
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        if (!allowed.contains(key)) {
          throw ScannerUri.bad(
              uri, "unknown parameter '" + key + "' (known: " + new TreeSet<>(allowed) + ")");
        }
        if (values.put(key, value) != null) {
          throw ScannerUri.bad(uri, "parameter '" + key + "' is given twice");
        }
      }
    }
    return new QueryParams(uri, values);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.ISO_8859_1);
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
          values.getOrDefault("strip-prefix", d.stripPrefix()),
          values.getOrDefault("strip-suffix", d.stripSuffix()),
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
    Matcher m = DURATION.matcher(v.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw ScannerUri.bad(uri, key + "=" + v + " is not a duration such as 50ms or 1s");
    }
    long n = Long.parseLong(m.group(1));
    return "s".equals(m.group(2)) ? Duration.ofSeconds(n) : Duration.ofMillis(n);
  }
}
