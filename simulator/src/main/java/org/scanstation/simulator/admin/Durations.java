package org.scanstation.simulator.admin;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads durations as people write them: {@code 250ms}, {@code 1.2s}, {@code 2m}, a plain number of
 * seconds, or ISO-8601 ({@code PT1.2S}). Stateless.
 */
public final class Durations {
  private Durations() {}

  /**
   * Parses a duration.
   *
   * @throws IllegalArgumentException when the text is none of the accepted forms, or negative
   */
  public static Duration parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    try {
      Duration d;
      if (s.startsWith("p")) {
        d = Duration.parse(s.toUpperCase(Locale.ROOT));
      } else if (s.endsWith("ms")) {
        d = Duration.ofNanos(nanos(s.substring(0, s.length() - 2), 1_000_000L));
      } else if (s.endsWith("s")) {
        d = Duration.ofNanos(nanos(s.substring(0, s.length() - 1), 1_000_000_000L));
      } else if (s.endsWith("m")) {
        d = Duration.ofNanos(nanos(s.substring(0, s.length() - 1), 60_000_000_000L));
      } else {
        d = Duration.ofNanos(nanos(s, 1_000_000_000L));
      }
      if (d.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative: " + text);
      }
      return d;
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration; write e.g. 250ms, 1.2s, 2m or PT1S");
    }
  }

  private static long nanos(String number, long unit) {
    return new BigDecimal(number.strip()).multiply(BigDecimal.valueOf(unit)).longValueExact();
  }
}
