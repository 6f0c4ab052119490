package org.scanstation.label;

/**
 * One line of text, already cleaned and fitted: it never needs more than {@code width} dots in the
 * label font. {@code size} is the font size in dots (the em, and the height of the line's cell);
 * {@code scaleX} squeezes fixed texts such as the service banner so they fit without being cut.
 *
 * @param x left of the area, dots
 * @param y top of the cell, dots
 * @param width the area's width, dots
 * @param size font size and cell height, dots
 * @param scaleX horizontal squeeze, 1 for none
 * @param align where the text sits in the area
 * @param bold whether strokes are thickened
 * @param text printable ASCII only
 */
record TextLine(
    int x, int y, int width, int size, double scaleX, Align align, boolean bold, String text)
    implements LayoutElement {

  /** Where the text sits across its area. */
  enum Align {
    LEFT,
    CENTER
  }

  @Override
  public int height() {
    return size;
  }

  /** The text's width as drawn, squeeze and bold strokes included, dots. */
  double textWidth() {
    return LabelFont.get().width(text, size, false) * scaleX + strokeWidth();
  }

  /**
   * Where the first glyph's origin goes, dots: at the left edge or centred, and half a bold stroke
   * in so the stroke stays inside the area too.
   */
  double textX() {
    double left = align == Align.LEFT ? x : x + (width - Math.min(width, textWidth())) / 2.0;
    return left + strokeWidth() / 2.0;
  }

  /** The outline stroke that makes text bold, dots; 0 for regular text. */
  double strokeWidth() {
    return bold ? size * LabelFont.BOLD_STROKE : 0;
  }

  /** The baseline, dots from the top of the label. */
  double baseline() {
    return y + LabelFont.BASELINE * size;
  }
}
