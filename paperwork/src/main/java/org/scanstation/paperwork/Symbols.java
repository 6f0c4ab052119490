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

  /**
   * The QR code of a text, level M, no quiet zone. Of the eight masks the first whose symbol a
   * reader decodes back to the text is used: ZXing's own choice (the lowest penalty) now and then
   * gives a symbol its reader cannot find, and a code on a stamped manifest must read.
   */
  static BitMatrix qr(String text) {
    BitMatrix fallback = null;
    for (int mask = -1; mask < 8; mask++) {
      BitMatrix m = qr(text, mask);
      if (fallback == null) {
        fallback = m;
      }
      if (readsBack(m, text)) {
        return m;
      }
    }
    return fallback;
  }

  private static BitMatrix qr(String text, int mask) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.MARGIN, 0);
    if (mask >= 0) {
      hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
    }
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException e) {
      throw new PaperworkException("cannot encode " + text.length() + " characters as QR", e);
    }
  }

  /** Whether ZXing's reader finds and decodes the symbol, drawn 5 px a module in its quiet zone. */
  static boolean readsBack(BitMatrix m, String text) {
    int scale = 5;
    int quiet = 4;
    int side = (m.getWidth() + 2 * quiet) * scale;
    byte[] pixels = new byte[side * side];
    java.util.Arrays.fill(pixels, (byte) 0xFF);
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y)) {
          for (int dy = 0; dy < scale; dy++) {
            int row = ((y + quiet) * scale + dy) * side + (x + quiet) * scale;
            java.util.Arrays.fill(pixels, row, row + scale, (byte) 0);
          }
        }
      }
    }
    com.google.zxing.LuminanceSource source =
        new com.google.zxing.PlanarYUVLuminanceSource(pixels, side, side, 0, 0, side, side, false);
    try {
      return text.equals(
          new com.google.zxing.qrcode.QRCodeReader()
              .decode(
                  new com.google.zxing.BinaryBitmap(
                      new com.google.zxing.common.HybridBinarizer(source)))
              .getText());
    } catch (com.google.zxing.ReaderException e) {
      return false;
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
        sheet.rect(x + start * module, y, (i - start) * module, height);
      }
    }
    sheet.fillPath();
  }

  /** Draws a matrix with its top-left at (x, y): each row's dark runs, filled as one shape. */
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
          sheet.rect(x + start * module, y + row * module, (col - start) * module, module);
        }
      }
    }
    sheet.fillPath();
  }
}
