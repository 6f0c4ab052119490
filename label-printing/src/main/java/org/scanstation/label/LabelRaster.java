package org.scanstation.label;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * The label as one 1-bit image at the printer's resolution, one pixel per dot, no anti-aliasing.
 * The PNG renderer encodes it and the raster printer languages (TSPL, EPL2) send it, so the picture
 * is drawn in one place and a PNG proves what those printers burn. Stateless.
 */
final class LabelRaster {
  private LabelRaster() {}

  /** Paints the layout black on white, on an image the size of the grid's label. */
  static BufferedImage draw(LabelLayout layout, PrintGrid grid) {
    BufferedImage image =
        new BufferedImage(grid.width(), grid.height(), BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, grid.width(), grid.height());
      g.setColor(Color.BLACK);
      LayoutPainter.paint(layout, new ImageCanvas(g));
      return image;
    } catch (IOException e) {
      // ImageCanvas never throws; the DotCanvas contract allows it for document formats.
      throw new LabelException("cannot draw the label raster: " + e, e);
    } finally {
      g.dispose();
    }
  }

  /** Draws on a 1-bit image, one pixel per dot. */
  private record ImageCanvas(Graphics2D g) implements DotCanvas {
    @Override
    public void fillRect(int x, int y, int width, int height) {
      g.fillRect(x, y, width, height);
    }

    @Override
    public void text(TextLine t) {
      Path2D glyphs =
          LabelFont.get().outline(t.text(), t.textX(), t.baseline(), t.size(), t.scaleX());
      g.fill(glyphs);
      if (t.bold()) {
        g.setStroke(new BasicStroke((float) t.strokeWidth()));
        g.draw(glyphs);
      }
    }
  }
}
