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
import java.nio.charset.StandardCharsets;
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

  /** A PNG as it is, a PDF rasterised at 203 dpi, a TSPL or EPL2 job's bitmap as it burns. */
  static BufferedImage image(Path file) throws IOException {
    if (file.toString().endsWith(".tspl")) {
      return bitmap(Files.readAllBytes(file), "\r\nBITMAP ", 5);
    }
    if (file.toString().endsWith(".epl")) {
      return bitmap(Files.readAllBytes(file), "\nGW", 4);
    }
    if (file.toString().endsWith(".pdf")) {
      try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
        return new PDFRenderer(doc).renderImageWithDPI(0, 203, ImageType.GRAY);
      }
    }
    return ImageIO.read(file.toFile());
  }

  /** The job's one bitmap: its x,y,widthBytes,height[,mode], then raw rows where 0 burns. */
  private static BufferedImage bitmap(byte[] job, String command, int params) {
    String text = new String(job, StandardCharsets.ISO_8859_1);
    int at = text.indexOf(command) + command.length();
    int data = at;
    for (int commas = 0; commas < params; data++) {
      commas += text.charAt(data) == ',' ? 1 : 0;
    }
    String[] p = text.substring(at, data - 1).split(",");
    int widthBytes = Integer.parseInt(p[2]);
    int height = Integer.parseInt(p[3]);
    // The label is 4 x 6 in; the row's padding past its edge is label-printing's to test.
    int width = height * 2 / 3;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int bit = (job[data + y * widthBytes + x / 8] >>> (7 - x % 8)) & 1;
        image.setRGB(x, y, bit == 0 ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    return image;
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
