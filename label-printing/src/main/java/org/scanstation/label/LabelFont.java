package org.scanstation.label;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The one font of PNG and PDF labels, and the yardstick for fitting text on every label: Liberation
 * Sans, which ships inside PDFBox. Glyphs come from the font file itself, never from the fonts
 * installed on the machine, so the same label draws the same pixels everywhere. Liberation Sans is
 * metric-compatible with Arial by design, so its widths do not move between font versions, and it
 * is wider than the printer's condensed font 0: text that fits in it fits on the printer too.
 *
 * <p>Covers printable ASCII (labels print nothing else); other characters measure and draw as
 * {@code ?}. Immutable once loaded and thread-safe.
 */
final class LabelFont {
  /** Where the baseline sits in a text cell, as a fraction of the font size. */
  static final double BASELINE = 0.8;

  /** Bold text is drawn with an outline stroke this wide, as a fraction of the font size. */
  static final double BOLD_STROKE = 0.045;

  private static final String RESOURCE =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final char FIRST = ' ';
  private static final char LAST = '~';
  private static volatile LabelFont instance;

  private final byte[] ttf;
  private final int unitsPerEm;
  private final int[] advances = new int[LAST - FIRST + 1];
  private final GeneralPath[] outlines = new GeneralPath[LAST - FIRST + 1];

  private LabelFont(byte[] ttf) throws IOException {
    this.ttf = ttf;
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
      unitsPerEm = font.getUnitsPerEm();
      CmapLookup cmap = font.getUnicodeCmapLookup();
      for (char c = FIRST; c <= LAST; c++) {
        int gid = cmap.getGlyphId(c);
        GlyphData glyph = font.getGlyph().getGlyph(gid);
        advances[c - FIRST] = font.getAdvanceWidth(gid);
        outlines[c - FIRST] = glyph == null ? new GeneralPath() : glyph.getPath();
      }
    }
  }

  /**
   * The font, loaded on first use.
   *
   * @throws LabelException when PDFBox no longer carries the font file
   */
  static LabelFont get() {
    LabelFont font = instance;
    return font != null ? font : load();
  }

  // Text fitting asks for the font thousands of times per label: only the first call locks.
  private static synchronized LabelFont load() {
    if (instance == null) {
      try (InputStream in = LabelFont.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new LabelException(
              "the label font "
                  + RESOURCE
                  + " is missing: it ships in the PDFBox 3 jar; check the pdfbox version");
        }
        instance = new LabelFont(in.readAllBytes());
      } catch (IOException e) {
        throw new LabelException("cannot read the label font " + RESOURCE + ": " + e, e);
      }
    }
    return instance;
  }

  /** The width of a text at a font size, in the same unit as the size. */
  double width(String text, double size, boolean bold) {
    long units = 0;
    for (int i = 0; i < text.length(); i++) {
      units += advances[index(text.charAt(i))];
    }
    return units * size / unitsPerEm + (bold ? size * BOLD_STROKE : 0);
  }

  /**
   * The glyph outlines of a text, y pointing down as on a label.
   *
   * @param x left of the first glyph
   * @param baseline the baseline
   * @param size the font size
   * @param scaleX horizontal squeeze, 1 for none
   */
  Path2D outline(String text, double x, double baseline, double size, double scaleX) {
    Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    double scale = size / unitsPerEm;
    double pen = x;
    for (int i = 0; i < text.length(); i++) {
      int g = index(text.charAt(i));
      AffineTransform at = new AffineTransform(scale * scaleX, 0, 0, -scale, pen, baseline);
      path.append(outlines[g].getPathIterator(at), false);
      pen += advances[g] * scale * scaleX;
    }
    return path;
  }

  /** The TrueType file, for embedding in PDF. */
  InputStream openTrueType() {
    return new ByteArrayInputStream(ttf);
  }

  private static int index(char c) {
    return (c < FIRST || c > LAST ? '?' : c) - FIRST;
  }
}
