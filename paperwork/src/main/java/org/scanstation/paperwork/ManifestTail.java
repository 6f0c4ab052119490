package org.scanstation.paperwork;

import static org.scanstation.paperwork.ManifestPages.ROW;
import static org.scanstation.paperwork.ManifestPages.TABLE_HEADER;

import java.io.IOException;
import java.util.Map;

/** The end of a hand-off manifest: the totals by service and the carrier's signature block. */
final class ManifestTail {
  private static final String[] FIELDS = {
    "Name of driver or clerk", "Signature", "Date and time", "Pieces received"
  };

  private ManifestTail() {}

  /** Draws the totals from {@code y} down, then the signature block. */
  static void draw(
      Sheet sheet, Map<String, Integer> totals, int pieces, float x, float y, float width)
      throws IOException {
    float half = width / 2;
    sheet.bold("Totals by service", x, y + 11, 9, half);
    sheet.bold("Pieces", x + half, y + 11, 9, half);
    sheet.line(x, y + TABLE_HEADER - 2, x + width, y + TABLE_HEADER - 2, 0.6f);
    float row = y + TABLE_HEADER;
    for (Map.Entry<String, Integer> t : totals.entrySet()) {
      sheet.text(t.getKey(), x, row + 9.5f, 8, half - 4);
      sheet.text(Integer.toString(t.getValue()), x + half, row + 9.5f, 8, half);
      row += ROW;
    }
    sheet.bold("All pieces", x, row + 9.5f, 8, half - 4);
    sheet.bold(Integer.toString(pieces), x + half, row + 9.5f, 8, half);
    signatures(sheet, x, row + ROW + 14, width);
  }

  private static void signatures(Sheet sheet, float x, float y, float width) throws IOException {
    float h = ManifestPages.SIGNATURE_BLOCK;
    sheet.box(x, y, width, h, 0.8f);
    sheet.bold("Received by the carrier", x + 6, y + 14, 9, width - 12);
    float half = width / 2;
    for (int i = 0; i < FIELDS.length; i++) {
      float fx = x + 6 + (i % 2) * half;
      float fy = y + 56 + (i / 2) * 44;
      sheet.line(fx, fy, fx + half - 18, fy, 0.5f);
      sheet.text(FIELDS[i], fx, fy + 10, 7, half - 18);
    }
  }
}
