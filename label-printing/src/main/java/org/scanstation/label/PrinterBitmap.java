package org.scanstation.label;

import java.awt.image.BufferedImage;

/**
 * A label raster as TSPL's {@code BITMAP} and EPL2's {@code GW} take it: rows of whole bytes, most
 * significant bit leftmost, and a 0 bit burns a dot (the opposite of the PNG's palette). A row of
 * 812 dots is 102 bytes; the 4 bits past the label's edge are 1 (no burn), so the bitmap is padded,
 * never clipped, and the padding never prints. Immutable once made; the array is not shared.
 *
 * @param widthBytes bytes per row
 * @param height rows
 * @param rows {@code widthBytes * height} bytes, top row first
 */
record PrinterBitmap(int widthBytes, int height, byte[] rows) {
  /** Packs an image: dark pixels become 0 bits, light pixels and padding 1 bits. */
  static PrinterBitmap of(BufferedImage image) {
    int width = image.getWidth();
    int widthBytes = (width + 7) / 8;
    byte[] rows = new byte[widthBytes * image.getHeight()];
    for (int y = 0; y < image.getHeight(); y++) {
      int row = y * widthBytes;
      for (int b = 0; b < widthBytes; b++) {
        rows[row + b] = (byte) packed(image, y, b * 8, width);
      }
    }
    return new PrinterBitmap(widthBytes, image.getHeight(), rows);
  }

  /** Eight dots from x, no-burn (1) for every bit that is not dark, padding included. */
  private static int packed(BufferedImage image, int y, int x, int width) {
    int bits = 0xFF;
    for (int i = 0; i < 8 && x + i < width; i++) {
      if ((image.getRGB(x + i, y) & 0xFF) < 128) {
        bits &= ~(0x80 >>> i);
      }
    }
    return bits;
  }
}
