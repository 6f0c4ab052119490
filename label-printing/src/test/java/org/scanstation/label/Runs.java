package org.scanstation.label;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Measures bar and space widths in pixels across the middle of a rendered GS1-128 barcode. */
final class Runs {
  private Runs() {}

  /** Run lengths from the first bar to the last, in pixels (dots). */
  static List<Integer> along(BufferedImage image, LinearBarcode bar) {
    int y = bar.y() + bar.height() / 2;
    int from = bar.x();
    int to = bar.x() + bar.width();
    List<Integer> runs = new ArrayList<>();
    boolean dark = isDark(image, from, y);
    int start = from;
    for (int x = from + 1; x <= to; x++) {
      boolean d = x < to && isDark(image, x, y);
      if (d != dark || x == to) {
        runs.add(x - start);
        start = x;
        dark = d;
      }
    }
    return runs;
  }

  private static boolean isDark(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    return (rgb & 0xFF) < 128;
  }
}
