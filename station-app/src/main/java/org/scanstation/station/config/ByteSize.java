package org.scanstation.station.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes in settings and messages: a whole number with an optional binary unit, {@code 512}, {@code
 * 64KiB}, {@code 256MiB}, {@code 2GiB} ({@code K}, {@code M}, {@code G}, {@code KB}, {@code MB},
 * {@code GB} mean the same powers of 1024). Pure; thread-safe.
 */
public final class ByteSize {
  private static final Pattern FORM =
      Pattern.compile("(\\d{1,12})\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib|t|tb|tib)");

  private ByteSize() {}

  /**
   * The number of bytes {@code text} says.
   *
   * @throws IllegalArgumentException naming the allowed form
   */
  public static long parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a size; use a whole number with B, KiB, MiB, GiB or TiB");
    }
    long n = Long.parseLong(m.group(1));
    int shift =
        switch (m.group(2).isEmpty() ? 'b' : m.group(2).charAt(0)) {
          case 'k' -> 10;
          case 'm' -> 20;
          case 'g' -> 30;
          case 't' -> 40;
          default -> 0;
        };
    if (n > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("'" + text + "' is too large a size");
    }
    return n << shift;
  }

  /** {@code bytes} for people: {@code 812 B}, {@code 40.0 MiB}, {@code 3.2 GiB}. */
  public static String format(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
