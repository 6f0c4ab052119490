package org.scanstation.paperwork;

import static org.scanstation.paperwork.FirmSheetLayout.LINES;
import static org.scanstation.paperwork.FirmSheetLayout.MARGIN;

import java.io.IOException;
import java.util.List;

/**
 * Draws a firm sheet in the manner of PS Form 3877: the sender on every sheet, the articles in
 * numerical order {@value FirmSheetLayout#LINES} to a sheet, the fee columns that apply marked,
 * unused lines struck through with one diagonal, the sender's count and the boxes the post office
 * fills in on each sheet, and the note that a computer-made facsimile needs the postmaster's
 * approval. Immutable and thread-safe; each call makes its own document.
 */
final class FirmSheetPdf {
  static final String TITLE = "Firm mailing sheet for accountable mail";
  static final String NOT_THE_FORM =
      "PS Form 3877-style firm sheet made by Scan Station. It is not the USPS form.";
  static final String FACSIMILE_NOTE =
      "A computer-made facsimile of PS Form 3877 may be used only with the local postmaster's"
          + " written approval.";
  static final String LISTED = "Total number of pieces listed by sender";
  static final String RECEIVED = "Total number of pieces received at post office";
  static final String EMPLOYEE = "Name of receiving employee";
  static final String STAMP = "Postmark and date of receipt";

  private final PaperSize paper;

  FirmSheetPdf(PaperSize paper) {
    this.paper = paper;
  }

  byte[] render(FirmSheet f) {
    if (f.pieces().isEmpty()) {
      throw new PaperworkException(
          "manifest "
              + f.manifestId()
              + " has no accountable pieces: no firm sheet is needed for it");
    }
    List<AccountablePiece> sorted = FirmSheetLayout.inNumericalOrder(f.pieces());
    int sheets = FirmSheetLayout.sheets(sorted.size());
    try (PdfDocument doc = new PdfDocument(paper)) {
      for (int s = 0; s < sheets; s++) {
        List<AccountablePiece> lines =
            sorted.subList(s * LINES, Math.min(sorted.size(), (s + 1) * LINES));
        String folio = "Sheet " + (s + 1) + " of " + sheets;
        doc.page(sheet -> paint(sheet, f, lines, folio));
      }
      return doc.finish("Firm sheet " + f.manifestId(), "firm-sheet|" + f);
    } catch (IOException e) {
      throw new PaperworkException(
          "cannot write the firm sheet of manifest " + f.manifestId() + ": " + e, e);
    }
  }

  private void paint(Sheet sheet, FirmSheet f, List<AccountablePiece> lines, String folio)
      throws IOException {
    float width = paper.widthPt() - 2 * MARGIN;
    sheet.bold(TITLE, MARGIN, MARGIN + 14, 13, width - 90);
    sheet.textRight(folio, MARGIN + width, MARGIN + 14, 10, 90);
    sheet.text(NOT_THE_FORM, MARGIN, MARGIN + 27, 7.5f, width);
    sender(sheet, f, width);
    FirmSheetLines.draw(sheet, lines, paper);
    footer(sheet, lines.size(), width);
    sheet.textRight(folio, MARGIN + width, paper.heightPt() - MARGIN, 8, width);
  }

  private static void sender(Sheet sheet, FirmSheet f, float width) throws IOException {
    float y = MARGIN + 36;
    float boxWidth = width * 0.6f;
    sheet.box(MARGIN, y, boxWidth, 64, 0.6f);
    sheet.text("Name and address of sender", MARGIN + 4, y + 9, 6.5f, boxWidth - 8);
    sheet.bold(f.senderName(), MARGIN + 4, y + 21, 9, boxWidth - 8);
    List<String> address = f.senderAddress();
    for (int i = 0; i < Math.min(3, address.size()); i++) {
      sheet.text(address.get(i), MARGIN + 4, y + 32 + 10 * i, 8, boxWidth - 8);
    }
    float x = MARGIN + boxWidth + 10;
    float w = width - boxWidth - 10;
    sheet.text("Mailing date: " + f.mailingDate(), x, y + 12, 8, w);
    sheet.text("Post office ZIP: " + f.postOfficeZip(), x, y + 24, 8, w);
    sheet.text("Manifest: " + f.manifestId(), x, y + 36, 8, w);
  }

  private void footer(Sheet sheet, int listed, float width) throws IOException {
    float y = FirmSheetLayout.footerTop();
    float stamp = 112;
    float w = width - stamp - 10;
    labelledBox(sheet, LISTED, Integer.toString(listed), y, w);
    labelledBox(sheet, RECEIVED, "", y + 36, w);
    labelledBox(sheet, EMPLOYEE, "", y + 72, w);
    float sx = MARGIN + width - stamp;
    sheet.box(sx, y, stamp, stamp - 4, 0.8f);
    sheet.text(STAMP, sx + 4, y + 9, 6.5f, stamp - 8);
    sheet.text(FACSIMILE_NOTE, MARGIN, y + stamp + 10, 7.5f, width);
  }

  private static void labelledBox(Sheet sheet, String label, String value, float y, float w)
      throws IOException {
    sheet.box(MARGIN, y, w, 30, 0.6f);
    sheet.text(label, MARGIN + 4, y + 9, 6.5f, w - 8);
    sheet.bold(value, MARGIN + 4, y + 24, 11, w - 8);
  }
}
