package org.scanstation.device.printer.connect;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.scanstation.device.printer.PrinterLanguage;

/**
 * How hard and how fast a raster printer burns its labels, as its URI sets them ({@code
 * ?darkness=0..15&speed=1..6}): the values go into the printer's TSPL {@code DENSITY}/{@code SPEED}
 * or EPL2 {@code D}/{@code S} lines when its label is rendered. A value not given is the renderer's
 * default. A ZPL printer keeps its own settings (the ZPL renderer has no place for them), so they
 * are refused on one rather than silently ignored. Immutable.
 *
 * @param darkness 0 (lightest) to 15 (darkest), if given
 * @param speed 1 to 6, if given
 */
public record HeadSettings(OptionalInt darkness, OptionalInt speed) {
  /** Nothing given: the renderer's defaults. */
  public static final HeadSettings UNSET =
      new HeadSettings(OptionalInt.empty(), OptionalInt.empty());

  static final String DARKNESS = "darkness";
  static final String SPEED = "speed";

  /** Checks the ranges of what is given. */
  public HeadSettings {
    Objects.requireNonNull(darkness, "darkness");
    Objects.requireNonNull(speed, "speed");
    darkness.ifPresent(d -> inRange(DARKNESS, d, 0, 15, "0 (lightest) to 15 (darkest)"));
    speed.ifPresent(s -> inRange(SPEED, s, 1, 6, "1 to 6"));
  }

  /**
   * The settings in a printer URI's query, for a printer speaking {@code language}.
   *
   * @throws IllegalArgumentException naming the parameter, the value and the allowed range, or
   *     saying that a ZPL printer takes neither
   */
  static HeadSettings of(Map<String, String> query, PrinterLanguage language) {
    OptionalInt darkness = number(query, DARKNESS);
    OptionalInt speed = number(query, SPEED);
    if (language == PrinterLanguage.ZPL && (darkness.isPresent() || speed.isPresent())) {
      throw new IllegalArgumentException(
          "darkness and speed are sent with TSPL and EPL2 labels only; set a Zebra's on the"
              + " printer (~SD, ^PR) or add ?lang=tspl or ?lang=epl if it speaks one of those");
    }
    return new HeadSettings(darkness, speed);
  }

  private static OptionalInt number(Map<String, String> query, String key) {
    String text = query.get(key);
    if (text == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "parameter '" + key + "' must be a whole number, got '" + text + "'");
    }
  }

  private static void inRange(String key, int value, int min, int max, String range) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "parameter '" + key + "' is " + value + ", out of range; use " + range);
    }
  }
}
