package org.scanstation.simulator.printer;

import com.google.zxing.common.BitMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * The image buffer of a TSPL or EPL2 printer: the bitmaps placed since the last clear, drawn into
 * one page when asked. In both languages a 0 bit burns a dot (the opposite of a PNG's black). Mode
 * 0 overwrites what is under the bitmap, 1 adds its burnt dots, 2 flips the dots it burns. The page
 * is as large as the bitmaps reach, with a white margin so a barcode at the edge keeps a quiet
 * zone.
 *
 * <p>Not thread-safe: one per connection.
 */
final class Raster {
  /** Widest and tallest page drawn, in dots (10 in at 300 dpi and more). */
  static final int MAX_DOTS = 3200;

  private static final int MARGIN = 16;

  private final List<Placed> placed = new ArrayList<>();

  void clear() {
    placed.clear();
  }

  void place(BitmapHeader header, byte[] data) {
    placed.add(new Placed(header, data));
  }

  /** The page, a set bit for each burnt dot; null when nothing is drawn. */
  BitMatrix page() {
    if (placed.isEmpty()) {
      return null;
    }
    int width = 0;
    int height = 0;
    for (Placed p : placed) {
      width = Math.max(width, p.header().x() + p.header().widthBytes() * 8);
      height = Math.max(height, p.header().y() + p.header().height());
    }
    BitMatrix page = new BitMatrix(width + 2 * MARGIN, height + 2 * MARGIN);
    placed.forEach(p -> draw(page, p));
    return page;
  }

  private static void draw(BitMatrix page, Placed p) {
    BitmapHeader h = p.header();
    int dots = h.widthBytes() * 8;
    for (int row = 0; row < h.height(); row++) {
      for (int col = 0; col < dots; col++) {
        int b = p.data()[row * h.widthBytes() + col / 8] & 0xFF;
        boolean burn = (b & (0x80 >>> (col % 8))) == 0;
        int x = MARGIN + h.x() + col;
        int y = MARGIN + h.y() + row;
        if (burn && h.mode() == 2) {
          page.flip(x, y);
        } else if (burn) {
          page.set(x, y);
        } else if (h.mode() == 0) {
          page.unset(x, y);
        }
      }
    }
  }

  private record Placed(BitmapHeader header, byte[] data) {}
}
