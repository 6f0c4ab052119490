package org.scanstation.paperwork;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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

/**
 * One PDF being written: pages of one paper size, the embedded font, and bytes that depend on the
 * input only (no creation date, a document id hashed from the input). Not thread-safe; each render
 * makes its own.
 */
final class PdfDocument implements AutoCloseable {
  /** Draws one page. */
  @FunctionalInterface
  interface PagePainter {
    void paint(Sheet sheet) throws IOException;
  }

  private final PDDocument doc = new PDDocument();
  private final PaperSize paper;
  private final PDFont font;

  PdfDocument(PaperSize paper) throws IOException {
    this.paper = paper;
    this.font = PDType0Font.load(doc, PaperFont.get().openTrueType(), true);
  }

  /** Adds a page and draws it. */
  void page(PagePainter painter) throws IOException {
    PDPage page = new PDPage(new PDRectangle(paper.widthPt(), paper.heightPt()));
    doc.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
      painter.paint(new Sheet(content, font, paper.heightPt()));
    }
  }

  /**
   * The finished document.
   *
   * @param title the document's title, cleaned like every other text
   * @param identity the input the document is drawn from; equal input, equal id
   */
  byte[] finish(String title, String identity) throws IOException {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(PdfText.clean(title));
    info.setCreator("Scan Station paperwork");
    // Without an ID PDFBox makes one from the clock; the same input must give the same bytes.
    doc.getDocument().getTrailer().setItem(COSName.ID, documentId(paper + "|" + identity));
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    doc.save(out);
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }

  private static COSArray documentId(String identity) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      COSArray id = new COSArray();
      id.add(new COSString(Arrays.copyOf(digest, 16)));
      id.add(new COSString(Arrays.copyOf(digest, 16)));
      return id;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
