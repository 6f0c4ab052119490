package org.scanstation.label;

/**
 * The IMpb GS1-128 barcode: the bars as ZXing encodes them (for images and PDF) and the same symbol
 * as ZPL {@code ^BC} field data (for printers). Layout checks that both have the same number of
 * modules. The bars array is never modified.
 *
 * @param x left of the first bar, dots
 * @param y top, dots
 * @param module narrow bar width, dots
 * @param height bar height, dots
 * @param bars one entry per module, true for a bar; no quiet zones
 * @param zplData the {@code ^BC} field data: {@code >;} start C, {@code >8} FNC1 and so on
 */
record LinearBarcode(int x, int y, int module, int height, boolean[] bars, String zplData)
    implements LayoutElement {

  /** Quiet zone each side, in modules (USPS: at least 10). */
  static final int QUIET_MODULES = 10;

  @Override
  public int width() {
    return bars.length * module;
  }

  /** The quiet zone each side, dots. */
  int quietZone() {
    return QUIET_MODULES * module;
  }
}
