package org.scanstation.device.printer.tspl;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.printer.stream.CommandLines;
import org.scanstation.device.printer.stream.PrinterDialect;
import org.scanstation.device.printer.stream.StatusReader;

/**
 * TSPL/TSPL2 for a {@link org.scanstation.device.printer.stream.StreamPrinter}: a label prints on
 * its {@code PRINT m[,n]} line (the image before it is only a buffer the next {@code CLS} clears);
 * a {@code BITMAP x,y,widthBytes,height,mode,} line carries binary data. Status comes from {@code
 * <ESC>!?} and {@code <ESC>!S}. Stateless.
 */
public final class TsplDialect implements PrinterDialect {
  /** The one instance. */
  public static final TsplDialect INSTANCE = new TsplDialect();

  private static final Pattern PRINT = Pattern.compile("PRINT\\s+\\d+(\\s*,\\s*\\d+)?");

  private TsplDialect() {}

  private static CommandLines shape(byte[] job) {
    return CommandLines.scan(job, "BITMAP ", 5, PRINT);
  }

  @Override
  public PrinterLanguage language() {
    return PrinterLanguage.TSPL;
  }

  @Override
  public int endOfLastLabel(byte[] job) {
    return shape(job).endOfLastLabel();
  }

  @Override
  public int labels(byte[] job) {
    return shape(job).labels();
  }

  @Override
  public String bitmapCommand(byte[] job) {
    return shape(job).bitmap();
  }

  @Override
  public String notALabel() {
    return "the job is not TSPL (no PRINT line ending in a line break): a TSPL printer would"
        + " print nothing — render it for this printer's language (it is set as ?lang=tspl)";
  }

  @Override
  public String unfinished() {
    return "a TSPL printer prints nothing before its PRINT line";
  }

  @Override
  public StatusReader reader(String id, String address, Duration timeout, Clock clock) {
    return new TsplQueries(id, address, timeout, clock);
  }
}
