package org.scanstation.station.printing;

import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.printer.connect.HeadSettings;
import org.scanstation.label.LabelFormat;
import org.scanstation.label.PrintSettings;
import org.scanstation.station.labels.StationLabels;
import org.scanstation.station.store.PrintJobs;

/**
 * A job's label in its printer's own language: the stored bytes when they are ZPL for a ZPL
 * printer, else the stored label model rendered again in that language at the stored resolution,
 * with the printer's darkness and speed. Every language is drawn from the same raster, so a reprint
 * on a TSPL printer of a label first printed on a Zebra is the same picture. Rendering is
 * deterministic: a job resumed after a crash sends the same bytes.
 */
final class LabelBytes {
  private LabelBytes() {}

  /**
   * The bytes to send to a printer speaking {@code language} with {@code head} settings.
   *
   * @throws org.scanstation.station.StationException when the stored model cannot be read
   */
  static byte[] forPrinter(PrintJobs.Pending row, PrinterLanguage language, HeadSettings head) {
    // Raster bytes are always drawn again: stored ones carry another printer's darkness and speed.
    if (language == PrinterLanguage.ZPL && row.labelLanguage().equalsIgnoreCase(language.name())) {
      return row.bytes();
    }
    return StationLabels.render(
        row.labelModel(), LabelFormat.valueOf(language.name()), row.labelDpi(), settings(head));
  }

  /**
   * The renderer's settings for what a printer's URI gives; the renderer's default for the rest.
   */
  static PrintSettings settings(HeadSettings head) {
    return new PrintSettings(
        head.darkness().orElse(PrintSettings.DEFAULT.darkness()),
        head.speed().orElse(PrintSettings.DEFAULT.speed()));
  }
}
