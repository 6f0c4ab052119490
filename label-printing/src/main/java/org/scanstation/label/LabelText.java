package org.scanstation.label;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes text from outside printable on every label: printable ASCII only, one line, no runs of
 * spaces. Accents are dropped ({@code Zoë} prints as {@code ZOE}), anything else outside ASCII
 * prints as {@code ?} so a person can see that something was there, control characters and line
 * breaks become spaces, and a backslash becomes {@code /} because ZPL field blocks treat it as an
 * escape. Renderers still escape what their language needs ({@code ^} and {@code ~} in ZPL).
 */
final class LabelText {
  /** No label line holds more; longer input is cut before it is looked at. */
  static final int MAX_INPUT = 500;

  private LabelText() {}

  /** Printable, single-line ASCII; empty for null. */
  static String clean(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String s = raw.length() > MAX_INPUT ? raw.substring(0, MAX_INPUT) : raw;
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .forEach(
            cp -> {
              if (isMark(cp)) {
                return;
              }
              char c = printable(cp);
              boolean space = c == ' ';
              if (!space || (b.length() > 0 && b.charAt(b.length() - 1) != ' ')) {
                b.append(c);
              }
            });
    return b.toString().strip();
  }

  /** {@link #clean} in upper case, as USPS prefers addresses. */
  static String upper(String raw) {
    // Upper case first: it turns ß into SS, which decomposition alone would print as '?'.
    return clean(raw == null ? null : raw.toUpperCase(Locale.ROOT));
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static char printable(int cp) {
    if (cp < 0x20 || cp == 0x7F || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return ' ';
    }
    if (cp == '\\') {
      return '/';
    }
    return cp < 0x7F ? (char) cp : '?';
  }
}
