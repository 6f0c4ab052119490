package org.scanstation.simulator.printer;

/** Where a received format stands. */
public enum JobState {
  /** Waiting to print (or waiting for a fault to clear). */
  QUEUED,
  /** Every label of it has printed. */
  PRINTED,
  /** Cancelled by {@code ~JA} before it printed. */
  CANCELLED,
  /** Arrived while the receive buffer was full and was thrown away. */
  DISCARDED
}
