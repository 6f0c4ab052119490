package org.scanstation.paperwork;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a receipt on one page: the acceptance, the manifest with its root (as text and as a QR
 * code), the Merkle path and the carrier events. A receipt with more lines than the page holds
 * keeps the proof (acceptance, manifest, path) and cuts the carrier events, saying how many are not
 * shown. Immutable and thread-safe; each call makes its own document.
 */
final class ReceiptPdf {
  static final float MARGIN = 40;
  static final float LINE = 11;
  static final float QR_MODULE = 2;
  static final float LABEL_COLUMN = 120;
  static final float SIZE = 8;

  private final PaperSize paper;

  ReceiptPdf(PaperSize paper) {
    this.paper = paper;
  }

  byte[] render(Receipt r) {
    try (PdfDocument doc = new PdfDocument(paper)) {
      doc.page(sheet -> paint(sheet, r));
      return doc.finish("Receipt " + r.trackingNumber(), "receipt|" + r);
    } catch (IOException e) {
      throw new PaperworkException(
          "cannot write the receipt PDF of " + PdfText.clean(r.trackingNumber()) + ": " + e, e);
    }
  }

  private void paint(Sheet sheet, Receipt r) throws IOException {
    float width = paper.widthPt() - 2 * MARGIN;
    BitMatrix qr = Symbols.qr(r.merkleRootHex());
    float qrSize = qr.getWidth() * QR_MODULE;
    Symbols.drawMatrix(sheet, qr, MARGIN + width - qrSize, MARGIN, QR_MODULE);
    // the caption stays outside the 4-module quiet zone a QR reader needs around the symbol
    sheet.text(
        "Manifest root", MARGIN + width - qrSize, MARGIN + qrSize + 4 * QR_MODULE + 7, 7, qrSize);
    float left = width - qrSize - 4 * QR_MODULE - 4;
    sheet.bold("Acceptance receipt", MARGIN, MARGIN + 16, 16, left);
    sheet.bold(PdfText.groupsOfFour(r.trackingNumber()), MARGIN, MARGIN + 36, 12, left);
    sheet.text(
        "Check it offline: station verify-receipt with the JSON receipt and the root on the"
            + " stamped manifest.",
        MARGIN,
        MARGIN + 50,
        7.5f,
        left);
    float y = MARGIN + qrSize + 30;
    int room = (int) ((paper.heightPt() - MARGIN - y) / LINE);
    for (Row row : rows(r, room, width - LABEL_COLUMN)) {
      if (row.heading()) {
        sheet.bold(row.label(), MARGIN, y + LINE + 8, 10, width);
      } else {
        sheet.text(row.label(), MARGIN, y + 8, SIZE, LABEL_COLUMN - 6);
        sheet.text(row.value(), MARGIN + LABEL_COLUMN, y + 8, SIZE, width - LABEL_COLUMN);
      }
      y += row.lines() * LINE;
    }
  }

  /** A heading (two lines high) or a labelled line of the page. */
  record Row(String label, String value, boolean heading) {
    int lines() {
      return heading ? 2 : 1;
    }
  }

  /**
   * The page's rows in at most {@code room} lines: the carrier events are cut first, then, for a
   * receipt no page could hold, the rest, each cut said so.
   */
  static List<Row> rows(Receipt r, int room, float valueWidth) {
    List<Row> rows = new ArrayList<>();
    section(rows, "Acceptance", r.acceptance(), valueWidth);
    List<ReceiptLine> manifest = new ArrayList<>(r.manifest());
    manifest.add(new ReceiptLine("Merkle root", r.merkleRootHex()));
    manifest.add(new ReceiptLine("Signing key", r.signingKeyFingerprint().orElse("not signed")));
    section(rows, "Manifest", manifest, valueWidth);
    section(rows, "Merkle path from this piece to the root", r.merklePath(), valueWidth);
    List<ReceiptLine> events =
        r.carrierEvents().isEmpty()
            ? List.of(new ReceiptLine("", "none known yet"))
            : r.carrierEvents();
    int left = room - lines(rows) - 2;
    if (events.size() <= left) {
      section(rows, "Carrier events", events, valueWidth);
    } else {
      int shown = Math.max(0, left - 1);
      section(rows, "Carrier events", events.subList(0, shown), valueWidth);
      rows.add(note(events.size() - shown + " more events"));
    }
    return fitted(rows, room);
  }

  private static List<Row> fitted(List<Row> rows, int room) {
    if (lines(rows) <= room) {
      return rows;
    }
    List<Row> kept = new ArrayList<>();
    int used = 1;
    for (Row row : rows) {
      if (used + row.lines() > room) {
        break;
      }
      kept.add(row);
      used += row.lines();
    }
    kept.add(note(rows.size() - kept.size() + " more lines"));
    return kept;
  }

  private static Row note(String what) {
    return new Row("", what + " not shown: see the JSON receipt", false);
  }

  private static int lines(List<Row> rows) {
    return rows.stream().mapToInt(Row::lines).sum();
  }

  // A value too wide for its column (a long hash) goes on up to four lines, not cut.
  private static void section(
      List<Row> rows, String heading, List<ReceiptLine> lines, float valueWidth) {
    rows.add(new Row(heading, "", true));
    for (ReceiptLine l : lines) {
      List<String> value = PdfText.wrap(l.value(), SIZE, valueWidth, 4);
      rows.add(new Row(l.label(), value.get(0), false));
      for (String more : value.subList(1, value.size())) {
        rows.add(new Row("", more, false));
      }
    }
  }
}
