package org.scanstation.label;

/**
 * A rectangle outline whose border grows inwards, or a solid bar when the border fills it: the
 * semantics of ZPL {@code ^GB}.
 *
 * @param x left, dots
 * @param y top, dots
 * @param width dots
 * @param height dots
 * @param thickness border, dots
 */
record Box(int x, int y, int width, int height, int thickness) implements LayoutElement {

  /** Whether the border fills the whole rectangle. */
  boolean solid() {
    return 2 * thickness >= Math.min(width, height);
  }
}
