package org.scanstation.label;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads rendered labels back the way a scanner would: ZXing on the pixels. */
final class Decode {
  static final char GS = '\u001D';

  private Decode() {}

  static BufferedImage png(byte[] png) {
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PDF's page rasterised at a resolution, as PDFBox renders it. */
  static BufferedImage pdf(byte[] pdf, int dpi) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.GRAY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Code 128 barcode anywhere on the image, read as GS1 ({@code ]C1} + data). */
  static String gs1Code128(BufferedImage image) throws NotFoundException {
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128));
    hints.put(DecodeHintType.ASSUME_GS1, Boolean.TRUE);
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    return new MultiFormatReader().decode(bitmap(image), hints).getText();
  }

  /** The DataMatrix in a region of the image (the element's area and a margin). */
  static Result dataMatrix(BufferedImage image, int x, int y, int size) throws NotFoundException {
    int margin = size / 4;
    BufferedImage region =
        image.getSubimage(
            Math.max(0, x - margin),
            Math.max(0, y - margin),
            Math.min(image.getWidth() - Math.max(0, x - margin), size + 2 * margin),
            Math.min(image.getHeight() - Math.max(0, y - margin), size + 2 * margin));
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.DATA_MATRIX));
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    return new MultiFormatReader().decode(bitmap(region), hints);
  }

  /** What a GS1-128 reader must report for a label. */
  static String expectedGs1Code128(ShippingLabel label) {
    return label.routingZip() == null
        ? "]C1" + label.trackingNumber()
        : "]C1420" + label.routingZip() + GS + label.trackingNumber();
  }

  private static BinaryBitmap bitmap(BufferedImage image) {
    LuminanceSource source = new BufferedImageLuminanceSource(image);
    return new BinaryBitmap(new HybridBinarizer(source));
  }
}
