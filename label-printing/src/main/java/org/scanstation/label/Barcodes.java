package org.scanstation.label;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.oned.Code128Writer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Encodes a label's two barcodes with ZXing and places them on the dot grid. */
final class Barcodes {
  private Barcodes() {}

  /**
   * The IMpb GS1-128 barcode, centred across the label, at the narrowest USPS bar width in whole
   * dots.
   *
   * @throws LabelException when the symbol and its quiet zones are wider than the label
   */
  static LinearBarcode impb(ShippingLabel label, PrintGrid grid, int y, int height) {
    boolean[] bars = new Code128Writer().encode(ImpbData.code128(label));
    Code128Plan plan = ImpbData.code128Plan(label);
    if (plan.modules() != bars.length) {
      // The printer and the images must draw the same symbol; a mismatch is our bug.
      throw new IllegalStateException(
          "ZPL plan "
              + plan.zplData()
              + " has "
              + plan.modules()
              + " modules, ZXing "
              + bars.length);
    }
    int module = grid.barModule();
    int width = bars.length * module;
    int needed = width + 2 * LinearBarcode.QUIET_MODULES * module;
    if (needed > grid.width()) {
      throw new LabelException(tooWide(label, grid, bars.length, needed));
    }
    return new LinearBarcode((grid.width() - width) / 2, y, module, height, bars, plan.zplData());
  }

  /** The GS1 DataMatrix at about 20 mil per module, square, as small as the data allows. */
  static MatrixBarcode dataMatrix(ShippingLabel label, PrintGrid grid, int x, int y) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    // ZXing writes the leading FNC1 (GS1 DataMatrix) only with both of these.
    hints.put(EncodeHintType.GS1_FORMAT, true);
    hints.put(EncodeHintType.DATA_MATRIX_COMPACT, true);
    hints.put(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE);
    BitMatrix matrix =
        new DataMatrixWriter()
            .encode(ImpbData.dataMatrix(label), BarcodeFormat.DATA_MATRIX, 0, 0, hints);
    return new MatrixBarcode(x, y, grid.matrixModule(), matrix, ImpbData.dataMatrixZpl(label));
  }

  private static String tooWide(ShippingLabel label, PrintGrid grid, int modules, int needed) {
    return String.format(
        Locale.ROOT,
        "the IMpb barcode for %d-digit ZIP + %d-digit tracking number %s is %d modules: at %d"
            + " dots per module with %d-module quiet zones it needs %d dots, and the label is %d"
            + " dots wide at %d dpi; route by the 5-digit ZIP or print at 300 dpi",
        label.routingZip() == null ? 0 : label.routingZip().length(),
        label.trackingNumber().length(),
        label.trackingNumber(),
        modules,
        grid.barModule(),
        LinearBarcode.QUIET_MODULES,
        needed,
        grid.width(),
        grid.dpi());
  }
}
