package org.scanstation.label;

/** What a {@link LabelRenderer} produces: a printer language or a document for people. */
public enum LabelFormat {
  /** Zebra Programming Language, sent to the printer as it is. */
  ZPL("zpl", "application/x-zpl"),
  /** A 1-bit image at the printer's resolution, for previews. */
  PNG("png", "image/png"),
  /** One 4x6 in page (288 x 432 pt), for laser printers and archives. */
  PDF("pdf", "application/pdf"),
  /** TSPL/TSPL2 for TSC-compatible printers: the label as one 1-bit bitmap, sent as it is. */
  TSPL("tspl", "application/x-tspl"),
  /** EPL2 for the Zebra LP/TLP 2844 family: the label as one 1-bit graphic, sent as it is. */
  EPL("epl", "application/x-epl2");

  private final String extension;
  private final String mediaType;

  LabelFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The media type for HTTP responses. */
  public String mediaType() {
    return mediaType;
  }
}
