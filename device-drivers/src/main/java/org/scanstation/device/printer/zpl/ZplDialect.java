package org.scanstation.device.printer.zpl;

import java.time.Clock;
import java.time.Duration;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.printer.stream.PrinterDialect;
import org.scanstation.device.printer.stream.StatusReader;

/**
 * ZPL for a {@link org.scanstation.device.printer.stream.StreamPrinter}: a label is a format
 * ({@code ^XA ... ^XZ}); status comes from {@code ~HS}, {@code ~HQES} and {@code ~HQOD}. Stateless.
 */
public final class ZplDialect implements PrinterDialect {
  /** The one instance. */
  public static final ZplDialect INSTANCE = new ZplDialect();

  private ZplDialect() {}

  @Override
  public PrinterLanguage language() {
    return PrinterLanguage.ZPL;
  }

  @Override
  public int endOfLastLabel(byte[] job) {
    return JobBytes.endOfLastFormat(job);
  }

  @Override
  public int labels(byte[] job) {
    return JobBytes.formats(job);
  }

  @Override
  public String bitmapCommand(byte[] job) {
    return JobBytes.bitmapCommand(job);
  }

  @Override
  public String notALabel() {
    return "the job is not a ZPL format (^XA ... ^XZ): a printer would print nothing or wait for"
        + " the end of it forever";
  }

  @Override
  public String unfinished() {
    return "the printer discards a format without its ^XZ";
  }

  @Override
  public StatusReader reader(String id, String address, Duration timeout, Clock clock) {
    return new StatusQueries(id, address, timeout, clock);
  }
}
