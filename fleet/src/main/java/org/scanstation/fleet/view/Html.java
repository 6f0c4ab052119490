package org.scanstation.fleet.view;

/** HTML escaping for text that came from the wire (station ids, printer ids, reasons). Pure. */
final class Html {
  private Html() {}

  /** {@code text} safe inside an element or a quoted attribute; null as the empty string. */
  static String escape(Object text) {
    if (text == null) {
      return "";
    }
    String s = text.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\t' ? '?' : c);
      }
    }
    return out.toString();
  }
}
