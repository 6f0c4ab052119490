package org.scanstation.paperwork;

import static org.scanstation.paperwork.FirmSheetLayout.LINE;
import static org.scanstation.paperwork.FirmSheetLayout.LINES;
import static org.scanstation.paperwork.FirmSheetLayout.MARGIN;
import static org.scanstation.paperwork.FirmSheetLayout.MONEY_COLUMNS;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** The article table of one firm sheet: ruled lines, filled lines and the struck unused block. */
final class FirmSheetLines {
  private FirmSheetLines() {}

  static void draw(Sheet sheet, List<AccountablePiece> lines, PaperSize paper) throws IOException {
    float right = FirmSheetLayout.right(paper);
    float top = FirmSheetLayout.TABLE_TOP;
    headings(sheet, paper);
    for (int i = 0; i <= LINES; i++) {
      float y = FirmSheetLayout.lineTop(i);
      sheet.line(MARGIN, y, right, y, i == 0 || i == LINES ? 0.8f : 0.4f);
    }
    float bottom = FirmSheetLayout.lineTop(LINES);
    sheet.line(MARGIN, top, right, top, 0.8f);
    for (float x : columnLefts(paper)) {
      sheet.line(x, top, x, bottom, 0.4f);
    }
    sheet.line(right, top, right, bottom, 0.4f);
    for (int i = 0; i < lines.size(); i++) {
      article(sheet, lines.get(i), i, paper);
    }
    float[] strike = FirmSheetLayout.strike(lines.size(), paper);
    if (strike != null) {
      sheet.line(strike[0], strike[1], strike[2], strike[3], 1.2f);
    }
  }

  private static void headings(Sheet sheet, PaperSize paper) throws IOException {
    float y = FirmSheetLayout.TABLE_TOP + 14;
    float addressee = FirmSheetLayout.addresseeColumn();
    sheet.bold("No.", MARGIN + 2, y, 7, FirmSheetLayout.NUMBER_COLUMN - 3);
    sheet.bold("Article number", MARGIN + FirmSheetLayout.NUMBER_COLUMN + 3, y, 7, 100);
    float nameWidth = FirmSheetLayout.moneyColumn(0, paper) - addressee - 6;
    sheet.bold("Addressee name and address", addressee + 3, y, 7, nameWidth);
    for (int c = 0; c < MONEY_COLUMNS.size(); c++) {
      float x = FirmSheetLayout.moneyColumn(c, paper);
      sheet.bold(MONEY_COLUMNS.get(c), x + 2, y, 6.5f, FirmSheetLayout.FEE_COLUMN - 4);
    }
  }

  private static void article(Sheet sheet, AccountablePiece p, int line, PaperSize paper)
      throws IOException {
    float y = FirmSheetLayout.lineTop(line);
    float articleX = MARGIN + FirmSheetLayout.NUMBER_COLUMN + 3;
    sheet.text(Integer.toString(line + 1), MARGIN + 3, y + 11, 8, FirmSheetLayout.NUMBER_COLUMN);
    float articleWidth = FirmSheetLayout.ARTICLE_COLUMN - 6;
    sheet.text(PdfText.groupsOfFour(p.articleNumber()), articleX, y + 11, 8, articleWidth);
    sheet.text(p.serviceName(), articleX, y + 22, 6.5f, articleWidth);
    float x = FirmSheetLayout.addresseeColumn() + 3;
    float w = FirmSheetLayout.moneyColumn(0, paper) - x - 3;
    sheet.bold(p.addresseeName(), x, y + 10, 7.5f, w);
    List<String> address = p.addresseeAddress();
    for (int i = 0; i < Math.min(3, address.size()); i++) {
      String text =
          i == 2 && address.size() > 3
              ? String.join(", ", address.subList(2, address.size()))
              : address.get(i);
      sheet.text(text, x, y + 19 + 8.5f * i, 7, w);
    }
    money(sheet, 0, "", p.postage(), y, paper);
    for (ExtraService s : p.extraServices()) {
      String mark = s == ExtraService.RETURN_RECEIPT_ELECTRONIC ? "E" : "X";
      int column = MONEY_COLUMNS.indexOf(s.column());
      money(sheet, column, mark, Optional.ofNullable(p.fees().get(s)), y, paper);
    }
  }

  private static void money(
      Sheet sheet, int column, String mark, Optional<BigDecimal> amount, float y, PaperSize paper)
      throws IOException {
    float x = FirmSheetLayout.moneyColumn(column, paper);
    float w = FirmSheetLayout.FEE_COLUMN - 4;
    sheet.bold(mark, x + 3, y + 11, 8, w);
    if (amount.isPresent()) {
      String text = amount.get().setScale(2, RoundingMode.HALF_UP).toPlainString();
      sheet.textRight(text, x + FirmSheetLayout.FEE_COLUMN - 3, y + LINE - 6, 7.5f, w);
    }
  }

  private static float[] columnLefts(PaperSize paper) {
    float[] xs = new float[3 + MONEY_COLUMNS.size()];
    xs[0] = MARGIN;
    xs[1] = MARGIN + FirmSheetLayout.NUMBER_COLUMN;
    xs[2] = FirmSheetLayout.addresseeColumn();
    for (int c = 0; c < MONEY_COLUMNS.size(); c++) {
      xs[3 + c] = FirmSheetLayout.moneyColumn(c, paper);
    }
    return xs;
  }
}
