package org.scanstation.label;

/**
 * The printer's dot grid at one resolution: a 4 x 6 in label, and every coordinate a whole dot so
 * bars and rules land on printer dots exactly.
 *
 * @param dpi dots per inch, one of {@link LabelRenderer#SUPPORTED_DPI}
 */
record PrintGrid(int dpi) {
  static final double WIDTH_IN = 4.0;
  static final double HEIGHT_IN = 6.0;

  /** The narrowest bar USPS accepts for the IMpb (13 mil). */
  private static final double MIN_BAR_IN = 0.013;

  /** The widest bar USPS accepts for the IMpb (21 mil). */
  private static final double MAX_BAR_IN = 0.021;

  PrintGrid {
    if (!LabelRenderer.SUPPORTED_DPI.contains(dpi)) {
      throw new LabelException(
          "unsupported printer resolution "
              + dpi
              + " dpi; labels render at "
              + LabelRenderer.SUPPORTED_DPI
              + " dpi");
    }
  }

  /** Label width in dots: 812 at 203 dpi, 1200 at 300. */
  int width() {
    return dots(WIDTH_IN);
  }

  /** Label height in dots: 1218 at 203 dpi, 1800 at 300. */
  int height() {
    return dots(HEIGHT_IN);
  }

  /** The nearest whole number of dots. */
  int dots(double inches) {
    return (int) Math.round(inches * dpi);
  }

  /**
   * The GS1-128 module (narrow bar) width: the fewest whole dots of at least 13 mil, so the barcode
   * is as short as USPS allows. 3 dots (14.8 mil) at 203 dpi, 4 dots (13.3 mil) at 300.
   */
  int barModule() {
    int dots = (int) Math.ceil(MIN_BAR_IN * dpi);
    if (dots > MAX_BAR_IN * dpi) {
      throw new IllegalStateException("no whole-dot bar width in 13-21 mil at " + dpi + " dpi");
    }
    return dots;
  }

  /** The DataMatrix module: about 20 mil in whole dots (4 at 203 dpi, 6 at 300). */
  int matrixModule() {
    return dots(0.020);
  }
}
