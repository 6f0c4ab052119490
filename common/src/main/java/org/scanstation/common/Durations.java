package org.scanstation.common;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration format of the station, in options, settings, device URIs and the simulator: a
 * number and a unit, {@code 250ms}, {@code 1.5s}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d},
 * or ISO-8601 ({@code PT30S}, {@code P7D}). Never negative. Pure; thread-safe.
 */
public final class Durations {
  /** How the accepted forms are described in error messages. */
  public static final String FORMS = "250ms, 30s, 5m, 2h, 7d or ISO-8601 such as PT30S";

  private static final Pattern SHORT = Pattern.compile("(\\d{1,12}(?:\\.\\d{1,9})?)(ms|s|m|h|d)");

  private Durations() {}

  /**
   * The duration {@code text} says.
   *
   * @throws IllegalArgumentException quoting the text and naming the accepted forms
   */
  public static Duration parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    try {
      Duration d = t.startsWith("p") ? Duration.parse(t.toUpperCase(Locale.ROOT)) : shortForm(t);
      if (d == null || d.isNegative()) {
        throw new IllegalArgumentException(notOne(text));
      }
      return d;
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException(notOne(text), e);
    }
  }

  /**
   * Like {@link #parse}, and longer than zero.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static Duration parsePositive(String text) {
    Duration d = parse(text);
    if (d.isZero()) {
      throw new IllegalArgumentException("'" + text + "' must be longer than zero");
    }
    return d;
  }

  private static Duration shortForm(String t) {
    Matcher m = SHORT.matcher(t);
    if (!m.matches()) {
      return null;
    }
    long unitNanos =
        switch (m.group(2)) {
          case "ms" -> 1_000_000L;
          case "s" -> 1_000_000_000L;
          case "m" -> 60_000_000_000L;
          case "h" -> 3_600_000_000_000L;
          default -> 86_400_000_000_000L;
        };
    BigDecimal nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitNanos));
    return Duration.ofSeconds(0, 0).plusNanos(nanos.longValueExact());
  }

  private static String notOne(String text) {
    return "'" + text + "' is not a duration; write " + FORMS;
  }

  /**
   * {@code d} in the short form, in the largest unit that keeps it whole: {@code 90s}, {@code 7d}.
   */
  public static String format(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    long ms = d.toMillis();
    long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < sizes.length; i++) {
      if (ms % sizes[i] == 0 && d.toNanos() % 1_000_000L == 0) {
        return ms / sizes[i] + units[i];
      }
    }
    return d.toNanos() % 1_000_000L == 0 ? ms + "ms" : d.toString();
  }
}
