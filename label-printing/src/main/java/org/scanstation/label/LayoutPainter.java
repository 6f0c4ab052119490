package org.scanstation.label;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;

/**
 * Draws a layout on a {@link DotCanvas}: boxes as four bars, barcodes as runs of whole modules, so
 * every bar edge falls on a printer dot. Shared by the PNG and PDF renderers (and a future raster
 * printer language). Stateless.
 */
final class LayoutPainter {
  private LayoutPainter() {}

  /** Draws every element in order. */
  static void paint(LabelLayout layout, DotCanvas canvas) throws IOException {
    for (LayoutElement e : layout.elements()) {
      if (e instanceof Box b) {
        box(b, canvas);
      } else if (e instanceof TextLine t) {
        canvas.text(t);
      } else if (e instanceof LinearBarcode b) {
        bars(b, canvas);
      } else if (e instanceof MatrixBarcode m) {
        modules(m, canvas);
      } else {
        throw new IllegalStateException("cannot paint " + e);
      }
    }
  }

  private static void box(Box b, DotCanvas c) throws IOException {
    if (b.solid()) {
      c.fillRect(b.x(), b.y(), b.width(), b.height());
      return;
    }
    int t = b.thickness();
    c.fillRect(b.x(), b.y(), b.width(), t);
    c.fillRect(b.x(), b.y() + b.height() - t, b.width(), t);
    c.fillRect(b.x(), b.y() + t, t, b.height() - 2 * t);
    c.fillRect(b.x() + b.width() - t, b.y() + t, t, b.height() - 2 * t);
  }

  private static void bars(LinearBarcode b, DotCanvas c) throws IOException {
    boolean[] bars = b.bars();
    int m = b.module();
    for (int i = 0; i < bars.length; ) {
      int end = runEnd(bars, i);
      if (bars[i]) {
        c.fillRect(b.x() + i * m, b.y(), (end - i) * m, b.height());
      }
      i = end;
    }
  }

  private static int runEnd(boolean[] bars, int from) {
    int end = from + 1;
    while (end < bars.length && bars[end] == bars[from]) {
      end++;
    }
    return end;
  }

  private static void modules(MatrixBarcode b, DotCanvas c) throws IOException {
    BitMatrix matrix = b.matrix();
    int m = b.module();
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int col = 0; col < matrix.getWidth(); ) {
        int end = col;
        while (end < matrix.getWidth() && matrix.get(end, row)) {
          end++;
        }
        if (end > col) {
          c.fillRect(b.x() + col * m, b.y() + row * m, (end - col) * m, m);
          col = end;
        } else {
          col++;
        }
      }
    }
  }
}
