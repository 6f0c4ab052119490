package org.scanstation.label;

/**
 * One thing drawn on a label, in printer dots from the top-left corner. Every renderer draws the
 * same elements; a new printer language is one more way of drawing these four.
 */
sealed interface LayoutElement permits Box, TextLine, LinearBarcode, MatrixBarcode {
  /** Left edge, dots. */
  int x();

  /** Top edge, dots. */
  int y();

  /** Width of the area the element may mark, dots. */
  int width();

  /** Height of the area the element may mark, dots. */
  int height();
}
