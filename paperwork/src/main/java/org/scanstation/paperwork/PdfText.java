package org.scanstation.paperwork;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes text from outside safe to draw: one line, only characters the embedded font has, and never
 * wider than its box. Control characters and line breaks become spaces; format characters (bidi
 * overrides, zero-width joiners) are dropped so they cannot reorder or hide what is printed; an
 * accented letter the font lacks loses its accent; anything else it cannot draw (emoji, CJK) shows
 * as {@code ?} so a person sees that something was there. Too long text ends in {@code …}. PDFBox
 * writes the glyphs as a string operand it escapes itself, so {@code ( ) \} need nothing.
 */
final class PdfText {
  /** No field is looked at past this many characters; a 10 KB name is cut before cleaning. */
  static final int MAX_INPUT = 1_000;

  static final String ELLIPSIS = "\u2026";

  private PdfText() {}

  /** Drawable, single-line text; empty for null. */
  static String clean(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    boolean cut = raw.length() > MAX_INPUT;
    String s = Normalizer.normalize(cut ? raw.substring(0, MAX_INPUT) : raw, Normalizer.Form.NFC);
    PaperFont font = PaperFont.get();
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> append(b, cp, font));
    String clean = b.toString().strip();
    return cut ? clean + ELLIPSIS : clean;
  }

  /** {@link #clean} cut to fit a width at a font size, ending in {@code …} when cut. */
  static String fit(String raw, float size, float maxWidth) {
    String s = clean(raw);
    PaperFont font = PaperFont.get();
    if (font.width(s, size) <= maxWidth) {
      return s;
    }
    int end = fitting(s, size, maxWidth - font.width(ELLIPSIS, size), font);
    return s.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /**
   * {@link #clean} broken into lines that fit a width, at most {@code maxLines}, the last ending in
   * {@code …} when the text does not fit in them. Breaks at a space when there is one on the line,
   * else anywhere (a hash has none).
   */
  static List<String> wrap(String raw, float size, float maxWidth, int maxLines) {
    String rest = clean(raw);
    PaperFont font = PaperFont.get();
    List<String> lines = new ArrayList<>();
    while (lines.size() < maxLines - 1 && font.width(rest, size) > maxWidth) {
      int end = fitting(rest, size, maxWidth, font);
      int space = rest.lastIndexOf(' ', end);
      int cut = space > 0 ? space : Math.max(1, end);
      lines.add(rest.substring(0, cut));
      rest = rest.substring(cut).strip();
    }
    lines.add(fit(rest, size, maxWidth));
    return lines;
  }

  /** A tracking or article number in groups of four, as USPS prints them. */
  static String groupsOfFour(String raw) {
    String s = clean(raw).replace(" ", "");
    StringBuilder b = new StringBuilder(s.length() + s.length() / 4);
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        b.append(' ');
      }
      b.append(s.charAt(i));
    }
    return b.toString();
  }

  /** How many leading characters of a cleaned text fit a width. */
  private static int fitting(String s, float size, float maxWidth, PaperFont font) {
    int end = 0;
    float used = 0;
    while (end < s.length()) {
      used += font.width(s.substring(end, end + 1), size);
      if (used > maxWidth) {
        break;
      }
      end++;
    }
    return end;
  }

  private static void append(StringBuilder b, int cp, PaperFont font) {
    int type = Character.getType(cp);
    if (type == Character.FORMAT) {
      return;
    }
    if (Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
        b.append(' ');
      }
      return;
    }
    if (font.draws(cp)) {
      b.appendCodePoint(cp);
      return;
    }
    b.append(withoutAccents(cp, font));
  }

  // Decomposes a letter the font lacks and keeps the parts it has; '?' when that leaves nothing.
  private static String withoutAccents(int cp, PaperFont font) {
    String parts = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder();
    parts
        .codePoints()
        .filter(p -> Character.getType(p) != Character.NON_SPACING_MARK && font.draws(p))
        .forEach(b::appendCodePoint);
    return b.length() == 0 ? "?" : b.toString();
  }
}
