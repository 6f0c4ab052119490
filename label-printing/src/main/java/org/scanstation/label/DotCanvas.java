package org.scanstation.label;

import java.io.IOException;

/**
 * A surface that draws in printer dots: solid rectangles and fitted text lines. Everything on a
 * label is one of these, so an image or document format only implements these two.
 */
interface DotCanvas {
  /** Fills a rectangle in black. */
  void fillRect(int x, int y, int width, int height) throws IOException;

  /** Draws a line of text in the label font. */
  void text(TextLine line) throws IOException;
}
