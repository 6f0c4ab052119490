package org.scanstation.simulator.printer;

/**
 * {@code ^FH} field hexadecimal: in the field data, the indicator (default {@code _}) followed by
 * two hex digits stands for that byte, e.g. {@code _1D} for GS. An indicator not followed by two
 * hex digits is kept as it is. Stateless.
 */
final class FieldHex {
  private FieldHex() {}

  static String decode(String data, char indicator) {
    StringBuilder b = new StringBuilder(data.length());
    for (int i = 0; i < data.length(); i++) {
      char c = data.charAt(i);
      if (c == indicator && isHex(data, i + 1) && isHex(data, i + 2)) {
        b.append((char) Integer.parseInt(data.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128;
  }
}
