package org.scanstation.label;

import java.util.List;

/**
 * Turns a {@link ShippingLabel} into the bytes of one format at one printer resolution. Every
 * renderer lays the label out on the printer's dot grid the same way, so a ZPL label, its PNG
 * preview and its PDF show the same thing in the same place. Further printer languages (TSPL, EPL)
 * are further implementations of this interface over the same layout.
 *
 * <p>Implementations are immutable and thread-safe. {@link #render} is pure computation (no I/O, no
 * blocking) and deterministic: the same label gives the same bytes, every time.
 */
public interface LabelRenderer {
  /** The printer resolutions every renderer supports, in dots per inch. */
  List<Integer> SUPPORTED_DPI = List.of(203, 300);

  /** The format this renderer produces. */
  LabelFormat format();

  /** The printer resolution the label is laid out for, in dots per inch. */
  int dpi();

  /**
   * Renders one label.
   *
   * @throws LabelException when the label cannot be drawn at this resolution (a barcode too wide
   *     for the label)
   */
  byte[] render(ShippingLabel label);

  /**
   * ZPL for a Zebra-compatible printer.
   *
   * @throws LabelException when dpi is not one of {@link #SUPPORTED_DPI}
   */
  static LabelRenderer zpl(int dpi) {
    return new ZplRenderer(new PrintGrid(dpi));
  }

  /**
   * A 1-bit PNG at the printer's resolution.
   *
   * @throws LabelException when dpi is not one of {@link #SUPPORTED_DPI}
   */
  static LabelRenderer png(int dpi) {
    return new PngRenderer(new PrintGrid(dpi));
  }

  /**
   * A one-page PDF laid out on the dot grid of a printer with this resolution.
   *
   * @throws LabelException when dpi is not one of {@link #SUPPORTED_DPI}
   */
  static LabelRenderer pdf(int dpi) {
    return new PdfRenderer(new PrintGrid(dpi));
  }

  /**
   * The renderer for a format and resolution.
   *
   * @throws LabelException when dpi is not one of {@link #SUPPORTED_DPI}
   */
  static LabelRenderer of(LabelFormat format, int dpi) {
    return switch (format) {
      case ZPL -> zpl(dpi);
      case PNG -> png(dpi);
      case PDF -> pdf(dpi);
    };
  }
}
