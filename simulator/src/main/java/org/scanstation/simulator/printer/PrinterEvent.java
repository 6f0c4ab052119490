package org.scanstation.simulator.printer;

/** What a {@link JobSplitter} found in the bytes a printer received. */
sealed interface PrinterEvent {
  /** A job began: {@code ^XA} in ZPL, the first accepted command after a print in TSPL/EPL2. */
  record FormatStarted() implements PrinterEvent {}

  /**
   * A job ended ({@code ^XZ}, {@code PRINT}, {@code P}): its bytes and what it holds.
   *
   * @param bytes ZPL: the exact bytes from {@code ^XA} on; TSPL/EPL2: the accepted command lines
   *     with their bitmap payloads
   */
  record FormatCompleted(byte[] bytes, JobContents contents) implements PrinterEvent {}

  /**
   * An immediate command the printer acts on at once: ZPL {@code HS}, {@code HQES} (any {@code HQ}
   * query with its two letters), {@code JA}, {@code PS}, {@code PP}; TSPL {@code ESC!?}, {@code
   * ESC!S}; EPL2 {@code ^ee}.
   */
  record Immediate(String command) implements PrinterEvent {}

  /** A line the printer does not understand, as received (escaped only when shown). */
  record Refused(String line) implements PrinterEvent {}
}
