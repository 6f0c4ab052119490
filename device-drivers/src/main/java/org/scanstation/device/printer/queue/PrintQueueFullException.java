package org.scanstation.device.printer.queue;

import org.scanstation.device.DeviceException;

/**
 * A job was refused because its printer's queue is at its limit (or already closed); nothing queued
 * before was dropped, and the message names the printer, its state and the fix.
 */
public final class PrintQueueFullException extends DeviceException {
  private static final long serialVersionUID = 1L;

  /** A refusal whose message names the printer, the limit, its state and the fix. */
  public PrintQueueFullException(String message) {
    super(message);
  }
}
