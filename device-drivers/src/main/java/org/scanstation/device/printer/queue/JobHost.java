package org.scanstation.device.printer.queue;

import java.time.Duration;
import java.time.Instant;
import org.scanstation.device.printer.PrinterStatus;

/** What a {@link PrintQueue} lends a {@link JobRun}: the printer's status, waits, and its ear. */
interface JobHost {
  /** Polls the printer's status (and publishes it). */
  PrinterStatus poll();

  /** Waits; false when the queue is closing and the run must stop. */
  boolean pause(Duration d);

  /** Tells listeners (the queue drops repeats). */
  void emit(
      JobState state,
      int attempts,
      boolean atPrinter,
      long odometer,
      Confirmation c,
      String message);

  /**
   * Whether the job's bytes may go now (its listeners recorded the send); see {@link
   * PrintQueueListener#mayPrint}.
   */
  boolean mayPrint(int attempts, long odometer, String message);

  /** After a refused {@link #mayPrint}: whether a listener withdrew the job for good. */
  boolean withdrawn(int attempts, long odometer, String message);

  /** The queue's clock. */
  Instant now();
}
