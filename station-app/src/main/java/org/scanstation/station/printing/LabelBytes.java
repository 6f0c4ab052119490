package org.scanstation.station.printing;

import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.label.LabelFormat;
import org.scanstation.station.labels.StationLabels;
import org.scanstation.station.store.PrintJobs;

/**
 * A job's label in its printer's own language: the stored bytes when they are in it, else the
 * stored label model rendered again in that language at the stored resolution. Every language is
 * drawn from the same raster, so a reprint on a TSPL printer of a label first printed on a Zebra is
 * the same picture. Rendering is deterministic: a job resumed after a crash sends the same bytes.
 */
final class LabelBytes {
  private LabelBytes() {}

  /**
   * The bytes to send to a printer speaking {@code language}.
   *
   * @throws org.scanstation.station.StationException when the stored model cannot be read
   */
  static byte[] forPrinter(PrintJobs.Pending row, PrinterLanguage language) {
    if (row.labelLanguage().equalsIgnoreCase(language.name())
        || row.labelLanguage().equalsIgnoreCase(language.title())) {
      return row.bytes();
    }
    return StationLabels.render(
        row.labelModel(), LabelFormat.valueOf(language.name()), row.labelDpi());
  }
}
