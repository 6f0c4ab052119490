package org.scanstation.station.cli;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads label files the station wrote the way a scanner would: ZXing on the pixels. */
final class LabelFiles {
  static final char GS = '\u001D';

  private LabelFiles() {}

  /** A PNG as it is, a PDF rasterised at 203 dpi. */
  static BufferedImage image(Path file) throws IOException {
    if (file.toString().endsWith(".pdf")) {
      try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
        return new PDFRenderer(doc).renderImageWithDPI(0, 203, ImageType.GRAY);
      }
    }
    return ImageIO.read(file.toFile());
  }

  /** The GS1-128 on the label, read with GS1 on: {@code ]C1420...<GS>...}. */
  static String gs1Code128(BufferedImage image) throws NotFoundException {
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128));
    hints.put(DecodeHintType.ASSUME_GS1, Boolean.TRUE);
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    return new MultiFormatReader().decode(bitmap(image), hints).getText();
  }

  /**
   * The DataMatrix in the label's bottom-left corner. ZXing's detector searches outwards from the
   * centre of the image, so the symbol is cropped with a small margin first.
   */
  static Result dataMatrix(BufferedImage image) throws NotFoundException {
    double dpi = image.getWidth() / 4.0;
    Rectangle ink =
        darkPixels(
            image, new Rectangle(0, (int) (5.2 * dpi), (int) (1.15 * dpi), (int) (0.78 * dpi)));
    int margin = ink.width / 5;
    BufferedImage corner =
        image.getSubimage(
            ink.x - margin, ink.y - margin, ink.width + 2 * margin, ink.height + 2 * margin);
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.DATA_MATRIX));
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    return new MultiFormatReader().decode(bitmap(corner), hints);
  }

  /** The smallest rectangle holding every dark pixel of a region. */
  private static Rectangle darkPixels(BufferedImage image, Rectangle region) {
    Rectangle ink = null;
    for (int y = region.y; y < region.y + region.height; y++) {
      for (int x = region.x; x < region.x + region.width; x++) {
        if ((image.getRGB(x, y) & 0xFF) < 128) {
          ink = ink == null ? new Rectangle(x, y, 1, 1) : ink.union(new Rectangle(x, y, 1, 1));
        }
      }
    }
    if (ink == null) {
      throw new AssertionError("nothing printed in " + region);
    }
    return ink;
  }

  private static BinaryBitmap bitmap(BufferedImage image) {
    return new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
  }
}
