package org.scanstation.device.printer.epl;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.printer.stream.CommandLines;
import org.scanstation.device.printer.stream.PrinterDialect;
import org.scanstation.device.printer.stream.StatusReader;

/**
 * EPL2 for a {@link org.scanstation.device.printer.stream.StreamPrinter}: a label prints on its
 * {@code Pn[,m]} line (the image before it is only a buffer the next {@code N} clears); a {@code
 * GWx,y,widthBytes,height,} line carries binary data. Status comes from {@code ^ee}. Stateless.
 */
public final class EplDialect implements PrinterDialect {
  /** The one instance. */
  public static final EplDialect INSTANCE = new EplDialect();

  private static final Pattern PRINT = Pattern.compile("P\\d+(,\\d+)?");

  private EplDialect() {}

  private static CommandLines shape(byte[] job) {
    return CommandLines.scan(job, "GW", 4, PRINT);
  }

  @Override
  public PrinterLanguage language() {
    return PrinterLanguage.EPL;
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
    return "the job is not EPL2 (no P1 line ending in a line break): an EPL2 printer would print"
        + " nothing — render it for this printer's language (it is set as ?lang=epl)";
  }

  @Override
  public String unfinished() {
    return "an EPL2 printer prints nothing before its P line";
  }

  @Override
  public StatusReader reader(String id, String address, Duration timeout, Clock clock) {
    return new EplQueries(id, address, timeout, clock);
  }
}
