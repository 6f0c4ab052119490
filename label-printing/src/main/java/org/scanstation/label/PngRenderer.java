package org.scanstation.label;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a label as a 1-bit PNG at the printer's resolution (812 x 1218 at 203 dpi): one pixel per
 * printer dot, no anti-aliasing, so bars are whole dots exactly as the printer would burn them. The
 * file records its resolution (pHYs) and nothing that changes between runs (no time), so the same
 * label gives the same bytes. Works headless. Immutable and thread-safe.
 */
final class PngRenderer implements LabelRenderer {
  private static final double INCHES_PER_METRE = 1 / 0.0254;

  private final PrintGrid grid;

  PngRenderer(PrintGrid grid) {
    this.grid = grid;
  }

  @Override
  public LabelFormat format() {
    return LabelFormat.PNG;
  }

  @Override
  public int dpi() {
    return grid.dpi();
  }

  @Override
  public byte[] render(ShippingLabel label) {
    Objects.requireNonNull(label, "label");
    LabelLayout layout = LabelComposer.compose(label, grid);
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
      return encode(image);
    } catch (IOException e) {
      throw new LabelException("cannot write the PNG label: " + e, e);
    } finally {
      g.dispose();
    }
  }

  private byte[] encode(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    // In memory: ImageIO's default cache would write temporary files.
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata meta =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      meta.mergeTree("javax_imageio_png_1.0", physicalSize());
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, meta), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** The pHYs chunk: pixels per metre, so viewers and printers know the label is 4 x 6 in. */
  private IIOMetadataNode physicalSize() {
    String perMetre = String.format(Locale.ROOT, "%d", Math.round(grid.dpi() * INCHES_PER_METRE));
    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
    phys.setAttribute("pixelsPerUnitXAxis", perMetre);
    phys.setAttribute("pixelsPerUnitYAxis", perMetre);
    phys.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(phys);
    return root;
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
