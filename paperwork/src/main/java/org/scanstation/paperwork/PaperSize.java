package org.scanstation.paperwork;

/**
 * The sheet every document is printed on, portrait. Layouts take their width and height from here,
 * so a document fits either paper without a second layout.
 */
public enum PaperSize {
  /** ISO A4, 210 x 297 mm. */
  A4(595.28f, 841.89f),
  /** US Letter, 8.5 x 11 in. */
  LETTER(612f, 792f);

  private final float widthPt;
  private final float heightPt;

  PaperSize(float widthPt, float heightPt) {
    this.widthPt = widthPt;
    this.heightPt = heightPt;
  }

  /** The width in PDF points (1/72 in). */
  public float widthPt() {
    return widthPt;
  }

  /** The height in PDF points (1/72 in). */
  public float heightPt() {
    return heightPt;
  }
}
