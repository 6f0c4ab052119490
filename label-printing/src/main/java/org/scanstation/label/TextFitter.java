package org.scanstation.label;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits cleaned text into lines of a given width in the label font: word wrap, long words broken,
 * and a visible {@code ...} wherever text had to be cut. Nothing it returns is wider than asked.
 *
 * @param size font size, dots
 * @param width line width, dots
 * @param bold whether the text is drawn bold
 */
record TextFitter(int size, int width, boolean bold) {
  static final String CUT = "...";

  /** Whether a text fits on one line. */
  boolean fits(String text) {
    return LabelFont.get().width(text, size, bold) <= width;
  }

  /**
   * The horizontal squeeze that makes a text fit, in hundredths and rounded down so every renderer
   * (ZPL's font width included) squeezes alike; 1 when it fits as it is.
   */
  double squeeze(String text) {
    double stroke = bold ? size * LabelFont.BOLD_STROKE : 0;
    double natural = LabelFont.get().width(text, size, false);
    return natural + stroke <= width ? 1.0 : Math.floor(100 * (width - stroke) / natural) / 100;
  }

  /** The text on one line, cut at the end with {@code ...} when it is too wide. */
  String shorten(String text) {
    if (fits(text)) {
      return text;
    }
    int n = text.length();
    while (n > 0 && !fits(text.substring(0, n).stripTrailing() + CUT)) {
      n--;
    }
    return n == 0 ? (fits(CUT) ? CUT : "") : text.substring(0, n).stripTrailing() + CUT;
  }

  /**
   * The text on one line keeping its end: the head is cut with {@code ...} so the tail (a state and
   * ZIP after a city) stays readable. When even the tail is too wide, the whole is cut at the end.
   */
  String shortenKeepingTail(String head, String tail) {
    if (fits(head + tail)) {
      return head + tail;
    }
    if (!fits(CUT + tail)) {
      return shorten(head + tail);
    }
    int n = head.length();
    while (n > 0 && !fits(head.substring(0, n).stripTrailing() + CUT + tail)) {
      n--;
    }
    return head.substring(0, n).stripTrailing() + CUT + tail;
  }

  /** The text word-wrapped into at most {@code maxLines} lines, the last cut when needed. */
  List<String> wrap(String text, int maxLines) {
    List<String> lines = new ArrayList<>();
    String rest = text;
    while (!rest.isEmpty() && lines.size() < maxLines - 1 && !fits(rest)) {
      int end = breakPoint(rest);
      lines.add(rest.substring(0, end).stripTrailing());
      rest = rest.substring(end).stripLeading();
    }
    if (!rest.isEmpty() && maxLines > 0) {
      lines.add(shorten(rest));
    }
    return lines;
  }

  /** Where the first line ends: after the last word that fits, or inside a word too long. */
  private int breakPoint(String text) {
    int fitting = 1;
    while (fitting < text.length() && fits(text.substring(0, fitting + 1))) {
      fitting++;
    }
    int space = text.lastIndexOf(' ', fitting);
    return space > 0 ? space : fitting;
  }
}
