package org.scanstation.device.printer.queue;

/**
 * How a phase of a {@link JobRun} ended: printed, failed, to be sent again, withdrawn before it was
 * sent, or stopped because the queue closed.
 *
 * @param kind which
 * @param message for people, naming the printer
 * @param confirmation what proved it printed (PRINTED only)
 */
record Step(Kind kind, String message, Confirmation confirmation) {
  enum Kind {
    PRINTED,
    FAILED,
    RESEND,
    CANCELLED,
    CLOSED
  }
}
