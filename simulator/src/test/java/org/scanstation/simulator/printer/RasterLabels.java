package org.scanstation.simulator.printer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.util.Map;

/**
 * TSPL and EPL2 jobs carrying the IMpb of a known tracking number, made here with ZXing's writer
 * (not with the station's renderers, so a shared mistake cannot hide). Rows are whole bytes, padded
 * with 1 bits; a 0 bit burns a dot, as both languages want.
 */
final class RasterLabels {
  static final String NUMBER = "9400111899223197428497";
  static final String IMPB_DATA = "42092612\u001D" + NUMBER;
  private static final String IMPB = "\u00f142092612\u00f1" + NUMBER; // ZXing's FNC1 escape

  private RasterLabels() {}

  /** The rows of a bitmap: widthBytes * height bytes. */
  record Bitmap(int widthBytes, int height, byte[] data) {
    /** The payload as one char per byte, to splice into a job string. */
    String text() {
      StringBuilder b = new StringBuilder(data.length);
      for (byte d : data) {
        b.append((char) (d & 0xFF));
      }
      return b.toString();
    }
  }

  /** The IMpb as a GS1-128 symbol, 200 dots tall, about 3 dots a module. */
  static Bitmap impb() {
    BitMatrix bars =
        new Code128Writer()
            .encode(IMPB, BarcodeFormat.CODE_128, 700, 200, Map.of(EncodeHintType.MARGIN, 0));
    return bitmap(bars);
  }

  /** A whole label of {@code width} x {@code height} dots with {@code b} drawn at 40,300. */
  static Bitmap page(int width, int height, Bitmap b) {
    BitMatrix page = new BitMatrix(width, height);
    for (int y = 0; y < b.height(); y++) {
      for (int x = 0; x < b.widthBytes() * 8; x++) {
        if ((b.data()[y * b.widthBytes() + x / 8] & (0x80 >>> (x % 8))) == 0) {
          page.set(40 + x, 300 + y);
        }
      }
    }
    page.setRegion(20, 20, width - 40, 4); // a rule, as the label's frame
    return bitmap(page);
  }

  /** Any matrix as bitmap rows, set bits burnt. */
  static Bitmap bitmap(BitMatrix m) {
    int widthBytes = (m.getWidth() + 7) / 8;
    byte[] data = new byte[widthBytes * m.getHeight()];
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < widthBytes * 8; x++) {
        boolean burn = x < m.getWidth() && m.get(x, y);
        if (!burn) {
          data[y * widthBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
        }
      }
    }
    return new Bitmap(widthBytes, m.getHeight(), data);
  }

  /** A whole TSPL job printing {@code b} at 40,60. */
  static String tspl(Bitmap b) {
    return "SIZE 4,6\r\nGAP 0.12,0\r\nDIRECTION 1\r\nREFERENCE 0,0\r\nDENSITY 8\r\nSPEED 4\r\nCLS\r\n"
        + tsplBitmap(b)
        + "PRINT 1,1\r\n";
  }

  static String tsplBitmap(Bitmap b) {
    return "BITMAP 40,60," + b.widthBytes() + "," + b.height() + ",0," + b.text() + "\r\n";
  }

  /** A whole EPL2 job printing {@code b} at 40,60. */
  static String epl(Bitmap b) {
    return "\r\nN\r\nq812\r\nQ1218,24\r\nD8\r\nS4\r\n"
        + "GW40,60,"
        + b.widthBytes()
        + ","
        + b.height()
        + ","
        + b.text()
        + "\r\nP1\r\n";
  }

  /** The job in a language. */
  static String job(PrinterLanguage lang, Bitmap b) {
    return lang == PrinterLanguage.TSPL ? tspl(b) : epl(b);
  }
}
