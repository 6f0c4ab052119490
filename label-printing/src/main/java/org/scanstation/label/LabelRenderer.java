package org.scanstation.label;

import java.util.List;

/**
 * Turns a {@link ShippingLabel} into the bytes of one format at one printer resolution. Every
 * renderer lays the label out on the printer's dot grid the same way, so a ZPL label, its PNG
 * preview and its PDF show the same thing in the same place. TSPL and EPL2 send the PNG's raster
 * itself, dot for dot.
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
   * TSPL/TSPL2 for a TSC-compatible printer: the label as one bitmap, darkness and speed from the
   * printer's settings.
   *
   * @throws LabelException when dpi is not one of {@link #SUPPORTED_DPI}
   */
  static LabelRenderer tspl(int dpi, PrintSettings settings) {
    return new TsplRenderer(new PrintGrid(dpi), settings);
  }

  /**
   * EPL2 for a Zebra LP/TLP 2844-family printer: the label as one graphic, darkness and speed from
   * the printer's settings.
   *
   * @throws LabelException when dpi is not one of {@link #SUPPORTED_DPI}
   */
  static LabelRenderer epl(int dpi, PrintSettings settings) {
    return new EplRenderer(new PrintGrid(dpi), settings);
  }

  /**
   * The renderer for a format and resolution, with {@link PrintSettings#DEFAULT} for the raster
   * printer languages.
   *
   * @throws LabelException when dpi is not one of {@link #SUPPORTED_DPI}
   */
  static LabelRenderer of(LabelFormat format, int dpi) {
    return of(format, dpi, PrintSettings.DEFAULT);
  }

  /**
   * The renderer for a format and resolution; the settings reach TSPL and EPL2 only.
   *
   * @throws LabelException when dpi is not one of {@link #SUPPORTED_DPI}
   */
  static LabelRenderer of(LabelFormat format, int dpi, PrintSettings settings) {
    return switch (format) {
      case ZPL -> zpl(dpi);
      case PNG -> png(dpi);
      case PDF -> pdf(dpi);
      case TSPL -> tspl(dpi, settings);
      case EPL -> epl(dpi, settings);
    };
  }
}
