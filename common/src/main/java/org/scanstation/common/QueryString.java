package org.scanstation.common;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one query-string rule of the station, for device URIs and HTTP requests: {@code name=value}
 * pairs joined by {@code &}, percent-decoded as UTF-8 ({@code +} stays a plus: these are URIs, not
 * HTML forms); a parameter that is not allowed, or that appears twice, is an error naming it. Pure;
 * thread-safe.
 */
public final class QueryString {
  private QueryString() {}

  /**
   * The parameters of {@code rawQuery} (the part after {@code ?}, still encoded; null or empty for
   * none), in order.
   *
   * @param allowed the parameter names that may appear
   * @throws IllegalArgumentException naming an unknown or repeated parameter, or a bad escape
   */
  public static Map<String, String> parse(String rawQuery, Set<String> allowed) {
    Objects.requireNonNull(allowed, "allowed");
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&", -1)) {
      if (pair.isEmpty()) {
        continue; // "a=1&&b=2" or a trailing "&": nothing there
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(
            "unknown parameter '"
                + name
                + (allowed.isEmpty()
                    ? "'; this takes no parameters"
                    : "'; allowed: " + String.join(", ", new TreeSet<>(allowed))));
      }
      if (out.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException("parameter '" + name + "' is given twice");
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * One percent-encoded component (a parameter's name or value, or one segment of a URI's path)
   * decoded as UTF-8 by the same rule: {@code +} stays a plus.
   *
   * @throws IllegalArgumentException naming the component when an escape is malformed
   */
  public static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad %-escape in '" + s + "'", e);
    }
  }
}
