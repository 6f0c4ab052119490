package org.scanstation.label;

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
 * Writes a label as a 1-bit PNG at the printer's resolution (812 x 1218 at 203 dpi): the {@link
 * LabelRaster}, one pixel per printer dot, so bars are whole dots exactly as the printer would burn
 * them, and exactly the picture the TSPL and EPL2 renderers send. The file records its resolution
 * (pHYs) and nothing that changes between runs (no time), so the same label gives the same bytes.
 * Works headless. Immutable and thread-safe.
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
    BufferedImage image = LabelRaster.draw(LabelComposer.compose(label, grid), grid);
    try {
      return encode(image);
    } catch (IOException e) {
      throw new LabelException("cannot write the PNG label: " + e, e);
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
}
