package org.scanstation.device.printer;

/** Whose word a {@link PrinterStatus} is: how much it can be trusted to mean "printed". */
public enum StatusSource {
  /** The printer's own replies ({@code ~HS}, {@code ~HQES}, {@code ~HQOD}). */
  PRINTER,
  /**
   * A spooler's view (CUPS {@code lpstat}): it knows whether the queue is enabled and what it still
   * holds, never whether the printer has paper or its head is closed.
   */
  SPOOLER,
  /** A one-way link's port signals (USB printer class GET_PORT_STATUS): paper empty and error. */
  PORT,
  /** Nothing answered: the state is UNREACHABLE or UNRESPONSIVE. */
  NONE
}
