package org.scanstation.paperwork;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads documents back as a person and a scanner would: the text, and ZXing on the pixels. */
final class Pdfs {
  static final int DPI = 200;

  private Pdfs() {}

  static int pages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each page's width and height in points. */
  static List<List<Float>> mediaBoxes(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<List<Float>> boxes = new ArrayList<>();
      doc.getPages()
          .forEach(
              p -> boxes.add(List.of(p.getMediaBox().getWidth(), p.getMediaBox().getHeight())));
      return boxes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of each page, in page order. */
  static List<String> pageTexts(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> texts = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        texts.add(stripper.getText(doc));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(byte[] pdf) {
    return String.join("\n", pageTexts(pdf));
  }

  /** A page rasterised in grey at {@link #DPI}. */
  static BufferedImage image(byte[] pdf, int page) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFRenderer(doc).renderImageWithDPI(page, DPI, ImageType.GRAY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Points on the page to pixels of {@link #image}. */
  static int px(float points) {
    return Math.round(points * DPI / 72f);
  }

  static String code128(BufferedImage image) throws NotFoundException {
    return decode(image, BarcodeFormat.CODE_128);
  }

  static String qr(BufferedImage image) throws NotFoundException {
    return decode(image, BarcodeFormat.QR_CODE);
  }

  /** Whether the pixel, or one next to it, is dark. */
  static boolean darkNear(BufferedImage image, int x, int y) {
    for (int dx = -1; dx <= 1; dx++) {
      for (int dy = -1; dy <= 1; dy++) {
        if ((image.getRaster().getSample(x + dx, y + dy, 0)) < 128) {
          return true;
        }
      }
    }
    return false;
  }

  private static String decode(BufferedImage image, BarcodeFormat format) throws NotFoundException {
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(format));
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new MultiFormatReader().decode(bitmap, hints).getText();
  }
}
