package org.scanstation.device.printer.epl;

import java.util.regex.Pattern;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.printer.stream.PrinterDialect;
import org.scanstation.device.printer.stream.RasterDialect;

/**
 * EPL2 for a {@link org.scanstation.device.printer.stream.StreamPrinter}: a label prints on its
 * {@code Pn[,m]} line (the image before it is only a buffer the next {@code N} clears); a {@code
 * GWx,y,widthBytes,height,} line carries binary data. Status comes from {@code ^ee}.
 */
public final class EplDialect {
  /** The one instance. */
  public static final PrinterDialect INSTANCE =
      new RasterDialect(
          PrinterLanguage.EPL,
          "GW",
          4,
          Pattern.compile("P\\d+(,\\d+)?"),
          "the job is not EPL2 (no P1 line ending in a line break): an EPL2 printer would print"
              + " nothing — render it for this printer's language (it is set as ?lang=epl)",
          "an EPL2 printer prints nothing before its P line",
          EplQueries::new);

  private EplDialect() {}
}
