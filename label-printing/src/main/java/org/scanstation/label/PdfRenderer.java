package org.scanstation.label;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Draws a label as a one-page PDF, 4 x 6 in (288 x 432 pt), laid out on the dot grid of a printer
 * with the renderer's resolution: bars and modules are vector rectangles of exactly whole dots, so
 * a printer at that resolution (or a multiple: 600 dpi lasers for a 300 dpi grid) prints them
 * exactly. Text uses the embedded label font. The document carries no dates, and its ID is derived
 * from the label, so the same label gives the same bytes. Immutable and thread-safe.
 */
final class PdfRenderer implements LabelRenderer {
  static final float PAGE_WIDTH_PT = 288;
  static final float PAGE_HEIGHT_PT = 432;

  private final PrintGrid grid;

  PdfRenderer(PrintGrid grid) {
    this.grid = grid;
  }

  @Override
  public LabelFormat format() {
    return LabelFormat.PDF;
  }

  @Override
  public int dpi() {
    return grid.dpi();
  }

  @Override
  public byte[] render(ShippingLabel label) {
    Objects.requireNonNull(label, "label");
    LabelLayout layout = LabelComposer.compose(label, grid);
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH_PT, PAGE_HEIGHT_PT));
      doc.addPage(page);
      PDFont font = PDType0Font.load(doc, LabelFont.get().openTrueType(), true);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        LayoutPainter.paint(layout, new PdfCanvas(content, font, 72.0 / grid.dpi()));
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle("USPS label " + label.trackingNumber());
      info.setCreator("Scan Station label-printing");
      // Without an ID PDFBox makes one from the clock; the same label must give the same bytes.
      doc.getDocument().getTrailer().setItem(COSName.ID, documentId(label));
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new LabelException("cannot write the PDF label: " + e, e);
    }
  }

  private COSArray documentId(ShippingLabel label) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((grid.dpi() + "|" + label).getBytes(StandardCharsets.UTF_8));
      COSArray id = new COSArray();
      id.add(new COSString(Arrays.copyOf(digest, 16)));
      id.add(new COSString(Arrays.copyOf(digest, 16)));
      return id;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Draws in points, converting from dots; PDF's y axis points up. */
  private record PdfCanvas(PDPageContentStream content, PDFont font, double pointsPerDot)
      implements DotCanvas {
    @Override
    public void fillRect(int x, int y, int width, int height) throws IOException {
      content.addRect(pt(x), PAGE_HEIGHT_PT - pt(y + height), pt(width), pt(height));
      content.fill();
    }

    @Override
    public void text(TextLine t) throws IOException {
      content.setLineWidth(pt(t.strokeWidth()));
      content.beginText();
      content.setFont(font, pt(t.size()));
      content.setHorizontalScaling((float) (100 * t.scaleX()));
      content.setRenderingMode(t.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
      content.newLineAtOffset(pt(t.textX()), PAGE_HEIGHT_PT - pt(t.baseline()));
      content.showText(t.text());
      content.endText();
    }

    private float pt(double dots) {
      return (float) (dots * pointsPerDot);
    }
  }
}
