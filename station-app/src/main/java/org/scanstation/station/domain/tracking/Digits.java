package org.scanstation.station.domain.tracking;

/** Small helpers for ASCII digit strings and for showing untrusted text in messages. */
final class Digits {
  private static final int SHOWN = 40;

  private Digits() {}

  /** Whether every character is ASCII 0-9 ({@link Character#isDigit} accepts far more). */
  static boolean allAscii(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /**
   * Untrusted text made safe for a message: at most {@value #SHOWN} characters, every character
   * outside printable ASCII shown as {@code \}{@code uXXXX}. HTML and JSON escaping still apply
   * where the message goes.
   */
  static String printable(CharSequence s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), SHOWN) + 8);
    for (int i = 0; i < s.length() && i < SHOWN; i++) {
      b.append(describeInline(s.charAt(i)));
    }
    if (s.length() > SHOWN) {
      b.append("...");
    }
    return b.toString();
  }

  /** One character as it may appear in a message: itself when printable ASCII, else its code. */
  static String describeInline(char c) {
    return c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c);
  }

  /** One character described for a person: {@code '<' (U+003C)} or {@code U+001D}. */
  static String describe(char c) {
    String code = String.format("U+%04X", (int) c);
    return c > 0x20 && c < 0x7F ? "'" + c + "' (" + code + ")" : code;
  }
}
