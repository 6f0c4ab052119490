package org.scanstation.simulator.printer;

import java.util.EnumSet;
import java.util.Set;

/**
 * The printer's state at one moment, as its status replies report it.
 *
 * @param faults the faults on
 * @param formatsWaiting formats received and not yet printed
 * @param labelsRemaining labels still to print across those formats
 * @param partialFormat whether a format has started ({@code ^XA}) and not yet ended
 */
public record PrinterStatus(
    Set<PrinterFault> faults, int formatsWaiting, int labelsRemaining, boolean partialFormat) {

  /** Copies the set. */
  public PrinterStatus {
    faults = faults.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(faults));
  }

  /** Whether a fault is on. */
  public boolean has(PrinterFault f) {
    return faults.contains(f);
  }

  /** Whether queued labels are held by a fault. */
  public boolean halted() {
    return faults.stream().anyMatch(PrinterFault::haltsPrinting);
  }
}
