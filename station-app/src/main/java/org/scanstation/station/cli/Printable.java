package org.scanstation.station.cli;

/** Untrusted text made safe for a terminal: bounded, control characters shown as codes. */
final class Printable {
  private Printable() {}

  static String of(String s) {
    return "'" + text(s, 60) + "'";
  }

  /**
   * A carrier's or an import's text for a terminal line: up to {@code max} characters, control
   * characters as codes; "-" for none.
   */
  static String text(String s, int max) {
    if (s == null) {
      return "-";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && i < max; i++) {
      char c = s.charAt(i);
      b.append(c >= 0x20 && c != 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return s.length() > max ? b + "..." : b.toString();
  }
}
