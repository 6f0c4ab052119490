package org.scanstation.simulator.printer;

import java.util.Locale;

/**
 * What a scanner reads from a ZPL {@code ^BC} field. In the default mode (N) and automatic mode (A)
 * the data carries invocation codes: {@code >;} {@code >:} {@code >9} start Code C/B/A, {@code >5}
 * {@code >6} {@code >7} switch sets, {@code >8} is FNC1, {@code >1}-{@code >4} are other function
 * characters (nothing readable), {@code ><} and {@code >0} are a literal {@code >}, {@code >=} a
 * {@code ~}. An FNC1 right after the start marks GS1-128 and reads as nothing; a later one reads as
 * GS. Mode D (UCC/EAN) is GS1 by definition and drops the parentheses and spaces around AIs. Mode U
 * data is kept as sent. Stateless.
 */
final class Code128Text {
  private static final char GS = '\u001D';

  private Code128Text() {}

  static Barcode decode(String data, String mode, String fieldData) {
    String m = mode.toUpperCase(Locale.ROOT);
    if (m.equals("U")) {
      return new Barcode("BC", true, data, fieldData);
    }
    boolean ucc = m.equals("D");
    StringBuilder out = new StringBuilder(data.length());
    boolean gs1 = ucc;
    boolean atStart = true;
    for (int i = 0; i < data.length(); i++) {
      char c = data.charAt(i);
      if (c == '>' && i + 1 < data.length()) {
        char code = data.charAt(++i);
        if (isSilent(code)) {
          continue; // a start, a set change or a function character: nothing to read
        }
        if (code == '8' && atStart && out.isEmpty()) {
          gs1 = true;
        } else {
          out.append(invoked(code));
        }
      } else if (!(ucc && (c == '(' || c == ')' || c == ' '))) {
        out.append(c);
      }
      atStart = false;
    }
    return new Barcode("BC", gs1, out.toString(), fieldData);
  }

  private static boolean isSilent(char code) {
    return ";:9567".indexOf(code) >= 0 || (code >= '1' && code <= '4');
  }

  /** What an invocation code other than a silent one reads as. */
  private static String invoked(char code) {
    return switch (code) {
      case '8' -> String.valueOf(GS);
      case '<', '0' -> ">";
      case '=' -> "~";
      default -> ">" + code; // not an invocation code: the printer prints it as it is
    };
  }
}
