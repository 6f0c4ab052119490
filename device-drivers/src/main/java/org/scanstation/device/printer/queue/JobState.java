package org.scanstation.device.printer.queue;

/** Where a print job is in its life. PRINTED and FAILED are final. */
public enum JobState {
  /** Waiting its turn behind earlier jobs for the same printer. */
  QUEUED,
  /** Its bytes are going out (or went out) and the printer has not confirmed yet. */
  SENDING,
  /**
   * Held: the printer is faulted, unreachable or silent. Either nothing was sent yet, or the job is
   * in the printer's buffer waiting for the fault to clear ({@link JobEvent#mayBeAtPrinter()}).
   * Resumes by itself.
   */
  HELD,
  /** The printer (or, for CUPS, the spooler) confirmed it; see {@link Confirmation}. */
  PRINTED,
  /** Will not print without a person: refused, or whether it printed cannot be told. */
  FAILED,
  /**
   * Withdrawn before it was sent (a listener said so, {@link PrintQueueListener#withdrawn}): its
   * bytes never went to the printer and never will.
   */
  CANCELLED;

  /** Whether the job's life is over. */
  public boolean done() {
    return this == PRINTED || this == FAILED || this == CANCELLED;
  }
}
