package org.scanstation.simulator.printer;

import com.google.zxing.LuminanceSource;
import com.google.zxing.common.BitMatrix;

/**
 * A drawn page (or a cropped part of it) as ZXing reads it: burnt dots black (0), the rest white
 * (255). Immutable.
 */
final class PageLuminance extends LuminanceSource {
  private final BitMatrix page;
  private final int left;
  private final int top;

  PageLuminance(BitMatrix page) {
    this(page, 0, 0, page.getWidth(), page.getHeight());
  }

  private PageLuminance(BitMatrix page, int left, int top, int width, int height) {
    super(width, height);
    this.page = page;
    this.left = left;
    this.top = top;
  }

  @Override
  public byte[] getRow(int y, byte[] row) {
    int w = getWidth();
    byte[] r = row == null || row.length < w ? new byte[w] : row;
    for (int x = 0; x < w; x++) {
      r[x] = page.get(left + x, top + y) ? 0 : (byte) 0xFF;
    }
    return r;
  }

  @Override
  public byte[] getMatrix() {
    int w = getWidth();
    byte[] m = new byte[w * getHeight()];
    byte[] row = new byte[w];
    for (int y = 0; y < getHeight(); y++) {
      System.arraycopy(getRow(y, row), 0, m, y * w, w);
    }
    return m;
  }

  @Override
  public boolean isCropSupported() {
    return true; // the multiple-barcode reader looks for more symbols in parts of the page
  }

  @Override
  public LuminanceSource crop(int cropLeft, int cropTop, int width, int height) {
    return new PageLuminance(page, left + cropLeft, top + cropTop, width, height);
  }
}
