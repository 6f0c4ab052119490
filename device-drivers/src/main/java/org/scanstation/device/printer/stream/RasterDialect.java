package org.scanstation.device.printer.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.scanstation.device.printer.PrinterLanguage;

/**
 * A language whose labels are one bitmap and print on a print line (TSPL's {@code PRINT}, EPL2's
 * {@code P}): where a job's labels end, how many it holds, and its bitmap command, whose binary
 * data is skipped by its length. The languages differ only in these words and their status queries,
 * so each is an instance of this rule, not a copy of it. Immutable.
 */
public final class RasterDialect implements PrinterDialect {
  /** Makes a language's status reader. */
  @FunctionalInterface
  public interface Readers {
    /** A reader of {@code id}'s status at {@code address}. */
    StatusReader make(String id, String address, Duration timeout, Clock clock);
  }

  private final PrinterLanguage language;
  private final String bitmapPrefix;
  private final int sizeFieldsBeforeData;
  private final Pattern printLine;
  private final String notALabel;
  private final String unfinished;
  private final Readers readers;

  /**
   * A raster language.
   *
   * @param bitmapPrefix how its bitmap command starts ({@code "BITMAP "}, {@code "GW"})
   * @param sizeFieldsBeforeData the bitmap command's fields before its data
   * @param printLine the line that prints the label
   * @param notALabel why a job without a print line is refused
   * @param unfinished why a job cut before its print line printed nothing
   */
  public RasterDialect(
      PrinterLanguage language,
      String bitmapPrefix,
      int sizeFieldsBeforeData,
      Pattern printLine,
      String notALabel,
      String unfinished,
      Readers readers) {
    this.language = Objects.requireNonNull(language, "language");
    this.bitmapPrefix = Objects.requireNonNull(bitmapPrefix, "bitmapPrefix");
    this.sizeFieldsBeforeData = sizeFieldsBeforeData;
    this.printLine = Objects.requireNonNull(printLine, "printLine");
    this.notALabel = Objects.requireNonNull(notALabel, "notALabel");
    this.unfinished = Objects.requireNonNull(unfinished, "unfinished");
    this.readers = Objects.requireNonNull(readers, "readers");
  }

  private CommandLines shape(byte[] job) {
    return CommandLines.scan(job, bitmapPrefix, sizeFieldsBeforeData, printLine);
  }

  @Override
  public PrinterLanguage language() {
    return language;
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
    return notALabel;
  }

  @Override
  public String unfinished() {
    return unfinished;
  }

  @Override
  public StatusReader reader(String id, String address, Duration timeout, Clock clock) {
    return readers.make(id, address, timeout, clock);
  }
}
