package org.scanstation.device.printer.tspl;

import java.util.regex.Pattern;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.printer.stream.PrinterDialect;
import org.scanstation.device.printer.stream.RasterDialect;

/**
 * TSPL/TSPL2 for a {@link org.scanstation.device.printer.stream.StreamPrinter}: a label prints on
 * its {@code PRINT m[,n]} line (the image before it is only a buffer the next {@code CLS} clears);
 * a {@code BITMAP x,y,widthBytes,height,mode,} line carries binary data. Status comes from {@code
 * <ESC>!?} and {@code <ESC>!S}.
 */
public final class TsplDialect {
  /** The one instance. */
  public static final PrinterDialect INSTANCE =
      new RasterDialect(
          PrinterLanguage.TSPL,
          "BITMAP ",
          5,
          Pattern.compile("PRINT\\s+\\d+(\\s*,\\s*\\d+)?"),
          "the job is not TSPL (no PRINT line ending in a line break): a TSPL printer would"
              + " print nothing — render it for this printer's language (it is set as ?lang=tspl)",
          "a TSPL printer prints nothing before its PRINT line",
          TsplQueries::new);

  private TsplDialect() {}
}
