package org.scanstation.paperwork;

import static org.scanstation.paperwork.ManifestPages.MARGIN;
import static org.scanstation.paperwork.ManifestPages.ROW;
import static org.scanstation.paperwork.ManifestPages.TABLE_HEADER;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Draws a hand-off manifest: the facility, station and date, the manifest id as Code 128 and the
 * Merkle root as QR on the first page, one line per piece over as many pages as needed, the totals
 * by service and a signature block for the carrier on the last, "Page N of M" on each. Immutable
 * and thread-safe; each call makes its own document.
 */
final class ManifestPdf {
  static final float QR_MODULE = 2;
  static final float BAR_HEIGHT = 36;

  /** Column starts from the left margin: #, tracking number, service, ZIP, accepted at. */
  static final float[] COLUMNS = {0, 30, 190, 350, 420};

  private static final String[] HEADINGS = {
    "#", "Tracking number", "Service", "Dest. ZIP", "Accepted at"
  };

  private final PaperSize paper;

  ManifestPdf(PaperSize paper) {
    this.paper = paper;
  }

  byte[] render(HandOffManifest m) {
    if (m.pieces().isEmpty()) {
      throw new PaperworkException(
          "manifest " + m.manifestId() + " has no pieces: there is nothing to hand over");
    }
    Map<String, Integer> totals = m.totalsByService();
    List<ManifestPages.Page> pages = ManifestPages.plan(m.pieces().size(), totals.size(), paper);
    try (PdfDocument doc = new PdfDocument(paper)) {
      for (int n = 0; n < pages.size(); n++) {
        ManifestPages.Page page = pages.get(n);
        String folio = "Page " + (n + 1) + " of " + pages.size();
        boolean first = n == 0;
        doc.page(sheet -> paint(sheet, m, totals, page, first, folio));
      }
      return doc.finish("Hand-off manifest " + m.manifestId(), "manifest|" + m);
    } catch (IOException e) {
      throw new PaperworkException(
          "cannot write the PDF of manifest " + m.manifestId() + ": " + e, e);
    }
  }

  private void paint(
      Sheet sheet,
      HandOffManifest m,
      Map<String, Integer> totals,
      ManifestPages.Page page,
      boolean first,
      String folio)
      throws IOException {
    float width = paper.widthPt() - 2 * MARGIN;
    float top;
    if (first) {
      top = ManifestPages.FIRST_TABLE_TOP;
      header(sheet, m, width);
    } else {
      top = ManifestPages.NEXT_TABLE_TOP;
      sheet.bold(
          "Hand-off manifest " + m.manifestId() + " (continued)", MARGIN, MARGIN + 12, 11, width);
    }
    float y = top;
    if (page.to() > page.from()) {
      y = table(sheet, m.pieces(), page, top, width);
    }
    if (page.tail()) {
      ManifestTail.draw(sheet, totals, m.pieces().size(), MARGIN, y + 12, width);
    }
    sheet.textRight(
        "Manifest " + m.manifestId() + "   " + folio,
        MARGIN + width,
        paper.heightPt() - MARGIN,
        8,
        width);
  }

  private void header(Sheet sheet, HandOffManifest m, float width) throws IOException {
    BitMatrix qr = Symbols.qr(m.merkleRootHex());
    float qrSize = qr.getWidth() * QR_MODULE;
    Symbols.drawMatrix(sheet, qr, MARGIN + width - qrSize, MARGIN, QR_MODULE);
    // the caption stays outside the 4-module quiet zone a QR reader needs around the symbol
    sheet.text(
        "Merkle root", MARGIN + width - qrSize, MARGIN + qrSize + 4 * QR_MODULE + 7, 7, qrSize);
    float left = width - qrSize - 4 * QR_MODULE - 4;
    sheet.bold("Hand-off manifest", MARGIN, MARGIN + 16, 16, left);
    sheet.text(
        "The station's chain-of-custody record; not a USPS SCAN form (PS Form 5630).",
        MARGIN,
        MARGIN + 30,
        8,
        left);
    float y = MARGIN + 48;
    sheet.bold(m.facilityName(), MARGIN, y, 11, left);
    for (String line : m.facilityAddress().subList(0, Math.min(3, m.facilityAddress().size()))) {
      y += 12;
      sheet.text(line, MARGIN, y, 9, left);
    }
    sheet.text("Station: " + m.stationId(), MARGIN, y + 16, 9, left);
    sheet.text("Mailing date: " + m.mailingDate(), MARGIN, y + 28, 9, left);
    barcode(sheet, m, width);
  }

  private void barcode(Sheet sheet, HandOffManifest m, float width) throws IOException {
    boolean[] bars = Symbols.code128(m.manifestId());
    float module = Math.min(1f, width / (bars.length + 2 * Symbols.QUIET_MODULES));
    float y = 166;
    sheet.bold("Manifest " + m.manifestId(), MARGIN, y, 10, width);
    Symbols.drawBars(
        sheet, bars, MARGIN + Symbols.QUIET_MODULES * module, y + 6, module, BAR_HEIGHT);
    y += BAR_HEIGHT + 20;
    sheet.text("Merkle root: " + m.merkleRootHex(), MARGIN, y, 7, width);
    String key = m.signingKeyFingerprint().map(k -> "Signing key: " + k).orElse("Not signed");
    sheet.text(key, MARGIN, y + 10, 7, width);
  }

  private static float table(
      Sheet sheet, List<ManifestPiece> pieces, ManifestPages.Page page, float top, float width)
      throws IOException {
    for (int c = 0; c < HEADINGS.length; c++) {
      sheet.bold(HEADINGS[c], MARGIN + COLUMNS[c], top + 11, 8, columnWidth(c, width));
    }
    sheet.line(MARGIN, top + TABLE_HEADER - 2, MARGIN + width, top + TABLE_HEADER - 2, 0.6f);
    float y = top + TABLE_HEADER;
    for (int i = page.from(); i < page.to(); i++) {
      ManifestPiece p = pieces.get(i);
      String[] cells = {
        Integer.toString(i + 1),
        PdfText.groupsOfFour(p.trackingNumber()),
        p.serviceName(),
        p.destinationZip(),
        p.acceptedAt()
      };
      for (int c = 0; c < cells.length; c++) {
        sheet.text(cells[c], MARGIN + COLUMNS[c], y + 9.5f, 8, columnWidth(c, width));
      }
      y += ROW;
    }
    return y;
  }

  private static float columnWidth(int c, float width) {
    float end = c + 1 < COLUMNS.length ? COLUMNS[c + 1] : width;
    return end - COLUMNS[c] - 4;
  }
}
