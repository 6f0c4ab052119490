package org.scanstation.paperwork;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * One page being drawn, in points from the top-left corner as a person measures a form (PDF's own y
 * axis points up). Every text goes through {@link PdfText#fit}, so nothing reaches PDFBox that the
 * font cannot draw or that is wider than its box. Not thread-safe: one page, one thread.
 */
final class Sheet {
  /** Bold text is drawn with an outline this wide, as a fraction of the size (one font only). */
  private static final float BOLD_STROKE = 0.04f;

  private final PDPageContentStream content;
  private final PDFont font;
  private final float height;

  Sheet(PDPageContentStream content, PDFont font, float height) {
    this.content = content;
    this.font = font;
    this.height = height;
  }

  /**
   * Draws a text with its baseline at {@code y}, cut to {@code maxWidth}.
   *
   * @return the width drawn
   */
  float text(String raw, float x, float y, float size, float maxWidth) throws IOException {
    return draw(PdfText.fit(raw, size, maxWidth), x, y, size, false);
  }

  /** {@link #text} in bold. */
  float bold(String raw, float x, float y, float size, float maxWidth) throws IOException {
    return draw(PdfText.fit(raw, size, maxWidth - size * BOLD_STROKE), x, y, size, true);
  }

  /** A text that ends at {@code right}, cut to {@code maxWidth}. */
  void textRight(String raw, float right, float y, float size, float maxWidth) throws IOException {
    String s = PdfText.fit(raw, size, maxWidth);
    draw(s, right - PaperFont.get().width(s, size), y, size, false);
  }

  /** A filled rectangle, top-left at (x, y). */
  void fill(float x, float y, float width, float h) throws IOException {
    content.addRect(x, height - y - h, width, h);
    content.fill();
  }

  /** Adds a rectangle, top-left at (x, y), to the path that the next {@link #fillPath} fills. */
  void rect(float x, float y, float width, float h) throws IOException {
    content.addRect(x, height - y - h, width, h);
  }

  /**
   * Fills every rectangle added since the last fill as one shape: a symbol's touching modules then
   * have no anti-aliased seams between them for a reader to mistake for light modules.
   */
  void fillPath() throws IOException {
    content.fill();
  }

  /** A rectangle's outline, top-left at (x, y). */
  void box(float x, float y, float width, float h, float line) throws IOException {
    content.setLineWidth(line);
    content.addRect(x, height - y - h, width, h);
    content.stroke();
  }

  /** A straight line. */
  void line(float x1, float y1, float x2, float y2, float line) throws IOException {
    content.setLineWidth(line);
    content.moveTo(x1, height - y1);
    content.lineTo(x2, height - y2);
    content.stroke();
  }

  private float draw(String s, float x, float y, float size, boolean bold) throws IOException {
    if (s.isEmpty()) {
      return 0;
    }
    content.beginText();
    content.setFont(font, size);
    content.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
    if (bold) {
      content.setLineWidth(size * BOLD_STROKE);
    }
    content.newLineAtOffset(x, height - y);
    content.showText(s);
    content.endText();
    return PaperFont.get().width(s, size) + (bold ? size * BOLD_STROKE : 0);
  }
}
