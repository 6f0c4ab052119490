package org.scanstation.station.domain.receipt;

import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree (ordered maps, lists, strings, integers, booleans, null) in the one canonical
 * form receipts are signed in: no whitespace, members in the map's order, integers in plain
 * decimal, and every character outside printable ASCII (and {@code "} and {@code \}) escaped as
 * {@code \}{@code uXXXX} in lower-case hex, or as {@code \"} and {@code \\}. The text is therefore
 * ASCII, hence UTF-8, and any verifier that writes these rules gets the same bytes. Stateless.
 */
final class CanonicalJson {
  private CanonicalJson() {}

  /** The canonical text of {@code value}. */
  static String write(Object value) {
    StringBuilder b = new StringBuilder(2048);
    write(value, b);
    return b.toString();
  }

  private static void write(Object value, StringBuilder b) {
    if (value == null) {
      b.append("null");
    } else if (value instanceof String s) {
      string(s, b);
    } else if (value instanceof Long || value instanceof Integer) {
      b.append(value);
    } else if (value instanceof Boolean flag) {
      b.append(flag.booleanValue());
    } else if (value instanceof Map<?, ?> map) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        b.append(first ? "" : ",");
        first = false;
        string((String) e.getKey(), b);
        b.append(':');
        write(e.getValue(), b);
      }
      b.append('}');
    } else if (value instanceof List<?> list) {
      b.append('[');
      for (int i = 0; i < list.size(); i++) {
        b.append(i == 0 ? "" : ",");
        write(list.get(i), b);
      }
      b.append(']');
    } else {
      throw new IllegalArgumentException("no canonical JSON for " + value.getClass());
    }
  }

  private static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        b.append(c);
      } else {
        b.append("\\u").append(String.format(java.util.Locale.ROOT, "%04x", (int) c));
      }
    }
    b.append('"');
  }
}
