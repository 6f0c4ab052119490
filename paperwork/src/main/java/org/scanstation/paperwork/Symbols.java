package org.scanstation.paperwork;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The documents' barcodes, encoded by ZXing and drawn as vector rectangles, one per run of dark
 * modules, so they print sharp at any resolution.
 */
final class Symbols {
  /** Quiet zone each side of a Code 128 symbol, in modules. */
  static final int QUIET_MODULES = 10;

  private Symbols() {}

  /** The Code 128 modules of a text, true for a bar, no quiet zones. */
  static boolean[] code128(String text) {
    return new Code128Writer().encode(text);
  }

  /** The QR code of a text, level M, no quiet zone. */
  static BitMatrix qr(String text) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.MARGIN, 0);
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException e) {
      throw new PaperworkException("cannot encode " + text.length() + " characters as QR", e);
    }
  }

  /** Draws bars with their top-left at (x, y). */
  static void drawBars(Sheet sheet, boolean[] bars, float x, float y, float module, float height)
      throws IOException {
    int i = 0;
    while (i < bars.length) {
      int start = i;
      while (i < bars.length && bars[i] == bars[start]) {
        i++;
      }
      if (bars[start]) {
        sheet.fill(x + start * module, y, (i - start) * module, height);
      }
    }
  }

  /** Draws a matrix with its top-left at (x, y), each row's dark runs as one rectangle. */
  static void drawMatrix(Sheet sheet, BitMatrix m, float x, float y, float module)
      throws IOException {
    for (int row = 0; row < m.getHeight(); row++) {
      int col = 0;
      while (col < m.getWidth()) {
        int start = col;
        while (col < m.getWidth() && m.get(col, row) == m.get(start, row)) {
          col++;
        }
        if (m.get(start, row)) {
          sheet.fill(x + start * module, y + row * module, (col - start) * module, module);
        }
      }
    }
  }
}
