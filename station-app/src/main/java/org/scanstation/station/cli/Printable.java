package org.scanstation.station.cli;

/** Untrusted text made safe for a terminal: bounded, control characters shown as codes. */
final class Printable {
  private Printable() {}

  static String of(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && i < 60; i++) {
      char c = s.charAt(i);
      b.append(c >= 0x20 && c != 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return "'" + b + (s.length() > 60 ? "...'" : "'");
  }
}
