package org.scanstation.device.printer.queue;

import org.scanstation.device.printer.PrinterStatus;

/**
 * Told what a {@link PrintQueue} does. Called on the queue's worker thread, in order;
 * implementations return quickly (the printer waits meanwhile) and should not throw (an exception
 * is logged and ignored).
 */
public interface PrintQueueListener {

  /** A job changed state, or its reason for being held changed. */
  void jobChanged(JobEvent event);

  /**
   * Asked just before a job's bytes go to the printer, with the SENDING event that will follow: a
   * listener that keeps jobs' states durably records there that the bytes may be at the printer
   * from now on, and answers false when it cannot (its store is full or read-only). The bytes go
   * only when every listener answers true; otherwise the job is HELD, unsent, and tried again after
   * a backoff, so that a job is never sent whose sending could not be recorded.
   */
  default boolean mayPrint(JobEvent sending) {
    return true;
  }

  /**
   * Asked when a listener refused {@link #mayPrint}: whether the job was withdrawn for good (its
   * owner cancelled it), so that the queue drops it as CANCELLED, unsent, instead of holding it and
   * trying again. A listener that cannot tell answers false: the job is held, never sent.
   */
  default boolean withdrawn(JobEvent sending) {
    return false;
  }

  /** The printer's status changed (state or description). */
  default void statusChanged(PrinterStatus status) {}
}
