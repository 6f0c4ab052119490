package org.scanstation.paperwork;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The geometry and order of a firm sheet, kept apart from the drawing so tests can find the struck
 * block and the order without parsing the page. Each sheet has {@value #LINES} article lines, as
 * the paper form has a fixed count; a mailing with more pieces takes more sheets.
 */
final class FirmSheetLayout {
  static final int LINES = 10;
  static final float MARGIN = 36;
  static final float TABLE_TOP = 146;
  static final float TABLE_HEADER = 22;
  static final float LINE = 40;
  static final float FEE_COLUMN = 40;
  static final float NUMBER_COLUMN = 18;
  static final float ARTICLE_COLUMN = 122;

  /** Headings of the money columns, left to right; the last six are fee columns. */
  static final List<String> MONEY_COLUMNS =
      List.of("Postage", "Fee", "RD Fee", "ASR Fee", "ASRD Fee", "RR Fee");

  private FirmSheetLayout() {}

  /** The pieces in numerical order of their article numbers' digits, whatever order they came. */
  static List<AccountablePiece> inNumericalOrder(List<AccountablePiece> pieces) {
    List<AccountablePiece> sorted = new ArrayList<>(pieces);
    sorted.sort(
        Comparator.comparing((AccountablePiece p) -> digits(p.articleNumber()))
            .thenComparing(AccountablePiece::articleNumber));
    return sorted;
  }

  /** How many sheets {@code pieces} pieces take. */
  static int sheets(int pieces) {
    return (pieces + LINES - 1) / LINES;
  }

  /** The top of article line {@code line} (0 to {@value #LINES}; {@value #LINES} is the bottom). */
  static float lineTop(int line) {
    return TABLE_TOP + TABLE_HEADER + line * LINE;
  }

  /** The left of money column {@code i} of {@link #MONEY_COLUMNS}. */
  static float moneyColumn(int i, PaperSize paper) {
    return right(paper) - (MONEY_COLUMNS.size() - i) * FEE_COLUMN;
  }

  /** The left of the addressee column. */
  static float addresseeColumn() {
    return MARGIN + NUMBER_COLUMN + ARTICLE_COLUMN;
  }

  static float right(PaperSize paper) {
    return paper.widthPt() - MARGIN;
  }

  /**
   * The struck diagonal over the unused lines of a sheet with {@code used} lines filled: from the
   * top-left of the first unused line to the bottom-right of the last; null on a full sheet.
   */
  static float[] strike(int used, PaperSize paper) {
    if (used >= LINES) {
      return null;
    }
    return new float[] {MARGIN, lineTop(used), right(paper), lineTop(LINES)};
  }

  /** The first line of the box for the sheet's totals, below the table. */
  static float footerTop() {
    return lineTop(LINES) + 12;
  }

  // Digits as a number, so 9407... sorts after 940...; no digits sorts first, as zero.
  private static BigInteger digits(String article) {
    StringBuilder b = new StringBuilder();
    article.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> b.append((char) c));
    return b.length() == 0 ? BigInteger.ZERO : new BigInteger(b.toString());
  }
}
