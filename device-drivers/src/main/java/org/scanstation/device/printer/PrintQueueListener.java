package org.scanstation.device.printer;

/**
 * Told what a {@link PrintQueue} does. Called on the queue's worker thread, in order;
 * implementations return quickly (the printer waits meanwhile) and should not throw (an exception
 * is logged and ignored).
 */
public interface PrintQueueListener {

  /** A job changed state, or its reason for being held changed. */
  void jobChanged(JobEvent event);

  /** The printer's status changed (state or description). */
  default void statusChanged(PrinterStatus status) {}
}
