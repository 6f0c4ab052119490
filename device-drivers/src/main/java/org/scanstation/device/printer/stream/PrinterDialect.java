package org.scanstation.device.printer.stream;

import java.time.Clock;
import java.time.Duration;
import org.scanstation.device.printer.PrinterLanguage;

/**
 * What a {@link StreamPrinter} needs to know about one printer language: where a job's last label
 * is complete, whether the job is in the language at all, and how to ask the printer for its
 * status. Implementations are stateless and thread-safe; the per-printer state lives in the {@link
 * StatusReader} each one makes.
 */
public interface PrinterDialect {

  /** The language. */
  PrinterLanguage language();

  /**
   * The index just after the command that prints the job's last label ({@code ^XZ}, a TSPL {@code
   * PRINT} line, an EPL2 {@code P} line), or -1 when it has none. Until it is written, nothing of a
   * one-label job can print.
   */
  int endOfLastLabel(byte[] job);

  /** How many labels the job prints (formats, PRINT or P commands). */
  int labels(byte[] job);

  /** The job's first bitmap command ("^GF", "BITMAP", "GW"), or null when it has none. */
  String bitmapCommand(byte[] job);

  /** Why a job without a complete label is refused: names the language and what is missing. */
  String notALabel();

  /** Why a one-label job cut off before its end cannot print: "the printer discards ...". */
  String unfinished();

  /** A new status reader for one printer. */
  StatusReader reader(String id, String address, Duration timeout, Clock clock);
}
