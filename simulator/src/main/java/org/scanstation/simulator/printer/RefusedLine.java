package org.scanstation.simulator.printer;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A line the printer did not understand, as an operator sees it: control characters and bytes
 * outside printable ASCII are written out ({@code <ESC>}, {@code \xFF}) and a long line is cut, so
 * it is safe to log and to show.
 *
 * @param at when it arrived
 * @param line the escaped, possibly cut, line
 */
public record RefusedLine(Instant at, String line) {
  /** Longest part of a line kept. */
  public static final int MAX_SHOWN = 200;

  /** Requires both. */
  public RefusedLine {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(line, "line");
  }

  /** The refusal of a raw line (one char per byte) received at {@code at}. */
  static RefusedLine of(Instant at, String raw) {
    StringBuilder b = new StringBuilder();
    int shown = Math.min(raw.length(), MAX_SHOWN);
    for (int i = 0; i < shown; i++) {
      char c = raw.charAt(i);
      if (c == 0x1B) {
        b.append("<ESC>");
      } else if (c < 0x20 || c > 0x7E) {
        b.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
      } else {
        b.append(c);
      }
    }
    if (raw.length() > shown) {
      b.append("... (").append(raw.length()).append(" characters)");
    }
    return new RefusedLine(at, b.toString());
  }
}
