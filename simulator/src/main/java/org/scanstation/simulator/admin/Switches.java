package org.scanstation.simulator.admin;

import java.util.Locale;

/** Reads on/off values. Stateless. */
final class Switches {
  private Switches() {}

  /**
   * True for none, {@code on}, {@code true}, {@code 1}, {@code yes}; false for {@code off}, {@code
   * false}, {@code 0}, {@code no}.
   *
   * @throws IllegalArgumentException for anything else
   */
  static boolean on(String value) {
    if (value == null || value.isBlank()) {
      return true;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "on", "true", "1", "yes" -> true;
      case "off", "false", "0", "no" -> false;
      default -> throw new IllegalArgumentException("'" + value + "' is not on or off");
    };
  }
}
