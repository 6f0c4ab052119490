package org.scanstation.paperwork;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The documents' one font, the same as the labels': Liberation Sans, which ships inside PDFBox and
 * is embedded (subset) in every PDF, so a document looks the same on every machine and is not
 * limited to WinAnsi. Knows which characters of the Basic Multilingual Plane the font can draw and
 * how wide they are; everything else is replaced before it reaches PDFBox, which would throw on a
 * character without a glyph. Immutable once loaded and thread-safe.
 */
final class PaperFont {
  private static final String RESOURCE =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final int PLANE = 0x10000;
  private static volatile PaperFont instance;

  private final byte[] ttf;
  private final int unitsPerEm;
  // Advance widths in font units by code point; -1 where the font has no glyph.
  private final int[] advances = new int[PLANE];

  private PaperFont(byte[] ttf) throws IOException {
    this.ttf = ttf;
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
      unitsPerEm = font.getUnitsPerEm();
      CmapLookup cmap = font.getUnicodeCmapLookup();
      for (int cp = 0; cp < PLANE; cp++) {
        int gid = cmap.getGlyphId(cp);
        advances[cp] = gid == 0 ? -1 : font.getAdvanceWidth(gid);
      }
    }
  }

  /**
   * The font, loaded on first use.
   *
   * @throws PaperworkException when PDFBox no longer carries the font file
   */
  static PaperFont get() {
    PaperFont font = instance;
    return font != null ? font : load();
  }

  private static synchronized PaperFont load() {
    if (instance == null) {
      try (InputStream in = PaperFont.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new PaperworkException(
              "the document font "
                  + RESOURCE
                  + " is missing: it ships in the PDFBox 3 jar; check the pdfbox version");
        }
        instance = new PaperFont(in.readAllBytes());
      } catch (IOException e) {
        throw new PaperworkException("cannot read the document font " + RESOURCE + ": " + e, e);
      }
    }
    return instance;
  }

  /** Whether the font draws this code point. */
  boolean draws(int codePoint) {
    return codePoint >= 0x20 && codePoint < PLANE && advances[codePoint] >= 0;
  }

  /** The width of a text the font draws in full, in points at a size. */
  float width(String text, float size) {
    long units = 0;
    for (int i = 0; i < text.length(); i++) {
      int a = advances[text.charAt(i)];
      units += a < 0 ? unitsPerEm / 2 : a;
    }
    return units * size / unitsPerEm;
  }

  /** The TrueType file, for embedding. */
  InputStream openTrueType() {
    return new ByteArrayInputStream(ttf);
  }
}
