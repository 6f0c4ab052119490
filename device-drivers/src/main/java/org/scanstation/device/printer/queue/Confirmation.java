package org.scanstation.device.printer.queue;

/** What proved a job PRINTED: the evidence differs by printer and link. */
public enum Confirmation {
  /** The printer's print meter ({@code ~HQOD}) moved and its buffer drained: the best evidence. */
  PRINTER_METER,
  /** The printer's buffer drained ({@code ~HS}); it reports no print meter. */
  PRINTER_BUFFER,
  /** The CUPS spooler handed it on; what the printer did is unknown to CUPS. */
  SPOOLER,
  /**
   * Written to a one-way link that cannot report, or taken by a printer whose language reports no
   * buffer or print meter (TSPL, EPL2) once it showed no fault: sent, not confirmed.
   */
  NONE
}
