package org.scanstation.label;

import com.google.zxing.common.BitMatrix;

/**
 * The GS1 DataMatrix: the modules as ZXing encodes them (for images and PDF) and the size and field
 * data for ZPL {@code ^BX}, so the printer draws a symbol of the same size. The matrix is never
 * modified.
 *
 * @param x left, dots
 * @param y top, dots
 * @param module module size, dots
 * @param matrix the symbol's modules, finder pattern included, no quiet zone
 * @param zplData the {@code ^BX} field data with {@code _1} for FNC1
 */
record MatrixBarcode(int x, int y, int module, BitMatrix matrix, String zplData)
    implements LayoutElement {

  @Override
  public int width() {
    return matrix.getWidth() * module;
  }

  @Override
  public int height() {
    return matrix.getHeight() * module;
  }
}
