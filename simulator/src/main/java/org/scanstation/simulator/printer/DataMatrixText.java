package org.scanstation.simulator.printer;

/**
 * What a scanner reads from a ZPL {@code ^BX} field. With ECC 200 (quality 200, assumed when the
 * parameter is left out) the escape character (parameter g, default {@code ~}) introduces: {@code
 * 1} FNC1 (GS1 DataMatrix when first, GS later), {@code 2}/{@code 3} other FNCs and {@code 5NNN} a
 * code page (nothing readable), {@code dNNN} the byte NNN (decimal), {@code @} to {@code _} a
 * control character (e.g. {@code ~@} is NUL), and the escape character twice for itself. Other
 * qualities take the data literally. Stateless.
 */
final class DataMatrixText {
  private static final char GS = '\u001D';

  private DataMatrixText() {}

  static Barcode decode(String data, String quality, String escapeParam, String fieldData) {
    if (!(quality.isEmpty() || quality.equals("200"))) {
      return new Barcode("BX", false, data, fieldData);
    }
    char esc = escapeParam.isEmpty() ? '~' : escapeParam.charAt(0);
    StringBuilder out = new StringBuilder(data.length());
    boolean gs1 = false;
    for (int i = 0; i < data.length(); i++) {
      char c = data.charAt(i);
      if (c != esc || i + 1 >= data.length()) {
        out.append(c);
      } else if (i == 0 && data.charAt(1) == '1') {
        gs1 = true; // FNC1 first: GS1 DataMatrix
        i++;
      } else {
        i = escape(data, i + 1, esc, out);
      }
    }
    return new Barcode("BX", gs1, out.toString(), fieldData);
  }

  /** Reads the escape whose code is at {@code i}; returns the index of its last character. */
  private static int escape(String data, int i, char esc, StringBuilder out) {
    char code = data.charAt(i);
    if (code == esc) {
      out.append(esc);
    } else if (code == '1') {
      out.append(GS);
    } else if (code == 'd' && digits(data, i + 1, 3)) {
      out.append((char) Integer.parseInt(data.substring(i + 1, i + 4)));
      return i + 3;
    } else if (code == '5' && digits(data, i + 1, 3)) {
      return i + 3; // a code page switch: nothing to read
    } else if (code >= '@' && code <= '_') {
      out.append((char) (code - '@'));
    } else if (code != '2' && code != '3' && code != '0') {
      out.append(esc).append(code); // not an escape: kept as sent
    }
    return i;
  }

  private static boolean digits(String s, int from, int n) {
    if (from + n > s.length()) {
      return false;
    }
    for (int i = from; i < from + n; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
