package org.scanstation.label;

import java.util.ArrayList;
import java.util.List;
import org.scanstation.label.TextLine.Align;

/**
 * Lays a label out on a printer's dot grid, top to bottom: the service icon and postage area, the
 * service banner between rules (with a second line for the extra services' marks), the return
 * address, the delivery address (largest), the IMpb between heavy full-width rules, then the
 * DataMatrix and references. Positions are in inches here and whole dots in the result, so 203 and
 * 300 dpi labels look alike. Not thread-safe; one instance per label.
 */
final class LabelComposer {
  static final String TRACKING_HEADER = "USPS TRACKING #";

  /** The bottom of the printable area: nothing is drawn below it. */
  private static final double BOTTOM_IN = 5.94;

  private static final int RETURN_LINES = 4;
  private static final int DELIVERY_LINES = 5;

  private final PrintGrid grid;
  private final List<LayoutElement> elements = new ArrayList<>();

  private LabelComposer(PrintGrid grid) {
    this.grid = grid;
  }

  /**
   * The layout of one label at one resolution.
   *
   * @throws LabelException when a barcode does not fit at this resolution
   */
  static LabelLayout compose(ShippingLabel label, PrintGrid grid) {
    LabelComposer c = new LabelComposer(grid);
    c.header(label);
    c.returnAddress(label.from());
    c.deliveryAddress(label);
    c.trackingSection(label);
    c.footer(label);
    return new LabelLayout(grid, c.elements);
  }

  private void header(ShippingLabel label) {
    box(0.10, 0.10, 1.00, 1.00, 0.05);
    fixedText(0.10, 0.22, 1.00, 0.85, true, label.service().iconLetter());
    box(1.25, 0.10, 2.65, 1.00, 0.02);
    TextFitter postage = fitter(1.35, 2.45, 0.13, false);
    lines(1.35, 0.18, 2.45, 0.13, 0.17, false, LabelLines.postage(label, postage));
    rule(1.20, 0.05);
    String marks = LabelLines.marks(label);
    if (marks.isEmpty()) {
      fixedText(0.10, 1.31, 3.80, 0.28, true, LabelLines.banner(label));
    } else {
      // Two lines share the banner's band so nothing below the rule moves.
      fixedText(0.10, 1.27, 3.80, 0.21, true, LabelLines.banner(label));
      fixedText(0.10, 1.49, 3.80, 0.14, true, marks);
    }
    rule(1.66, 0.05);
  }

  private void returnAddress(Address from) {
    if (from != null && !from.isBlank()) {
      TextFitter fit = fitter(0.15, 3.70, 0.12, false);
      lines(0.15, 1.78, 3.70, 0.12, 0.145, false, LabelLines.address(from, fit, RETURN_LINES));
    }
  }

  private void deliveryAddress(ShippingLabel label) {
    text(0.15, 2.52, 0.60, 0.13, true, "SHIP TO:");
    TextFitter fit = fitter(0.80, 3.05, 0.20, true);
    List<String> lines =
        label.to() == null || label.to().isBlank()
            ? label.routingZip() == null
                ? List.of("(NO ADDRESS ON FILE)")
                : List.of(zipFormatted(label.routingZip()))
            : LabelLines.address(label.to(), fit, DELIVERY_LINES);
    lines(0.80, 2.48, 3.05, 0.20, 0.235, true, lines);
  }

  private void trackingSection(ShippingLabel label) {
    rule(3.72, 0.06);
    fixedText(0.10, 3.84, 3.80, 0.14, true, TRACKING_HEADER);
    int top = grid.dots(4.04);
    elements.add(Barcodes.impb(label, grid, top, grid.dots(4.84) - top));
    String digits = ImpbData.grouped(label.trackingNumber());
    fixedText(0.10, 4.90, 3.80, 0.16, true, digits);
    rule(5.12, 0.06);
  }

  private void footer(ShippingLabel label) {
    MatrixBarcode matrix = Barcodes.dataMatrix(label, grid, grid.dots(0.15), grid.dots(5.27));
    int right = grid.dots(1.15);
    if (matrix.y() + matrix.height() + matrix.module() > grid.dots(BOTTOM_IN)
        || matrix.x() + matrix.width() + matrix.module() > right) {
      throw new LabelException(
          "the DataMatrix for order id '"
              + LabelText.clean(label.references().orderId())
              + "' is "
              + matrix.matrix().getWidth()
              + " modules square and does not fit its 1 in corner; use a shorter order id");
    }
    elements.add(matrix);
    TextFitter fit = fitter(1.20, 2.70, 0.11, false);
    lines(1.20, 5.27, 2.70, 0.11, 0.135, false, LabelLines.references(label.references(), fit));
  }

  private static String zipFormatted(String zip) {
    return zip.length() == 5 ? zip : zip.substring(0, 5) + "-" + zip.substring(5);
  }

  /** Fits text between x and x + w inches, measured in whole dots as the line will be. */
  private TextFitter fitter(double x, double w, double size, boolean bold) {
    return new TextFitter(grid.dots(size), grid.dots(x + w) - grid.dots(x), bold);
  }

  /** Text from outside: left-aligned, cut visibly when too wide. */
  private void text(double x, double y, double w, double size, boolean bold, String t) {
    TextFitter fit = fitter(x, w, size, bold);
    String fitted = fit.shorten(LabelText.clean(t));
    elements.add(
        new TextLine(
            grid.dots(x), grid.dots(y), fit.width(), fit.size(), 1.0, Align.LEFT, bold, fitted));
  }

  /** Text the label itself prints (banner, tracking digits): centred, squeezed, never cut. */
  private void fixedText(double x, double y, double w, double size, boolean bold, String t) {
    TextFitter fit = fitter(x, w, size, bold);
    double scale = fit.squeeze(t);
    elements.add(
        new TextLine(
            grid.dots(x), grid.dots(y), fit.width(), fit.size(), scale, Align.CENTER, bold, t));
  }

  /** Lines already fitted to the width, one below the other. */
  private void lines(
      double x, double y, double w, double size, double step, boolean bold, List<String> ls) {
    for (int i = 0; i < ls.size(); i++) {
      text(x, y + i * step, w, size, bold, ls.get(i));
    }
  }

  private void box(double x, double y, double w, double h, double thickness) {
    int left = grid.dots(x);
    int top = grid.dots(y);
    elements.add(
        new Box(left, top, grid.dots(x + w) - left, grid.dots(y + h) - top, grid.dots(thickness)));
  }

  /** A solid rule across the whole label. */
  private void rule(double y, double thickness) {
    int top = grid.dots(y);
    int height = grid.dots(y + thickness) - top;
    elements.add(new Box(0, top, grid.width(), height, height));
  }
}
