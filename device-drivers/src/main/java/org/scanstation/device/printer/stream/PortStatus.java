package org.scanstation.device.printer.stream;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.StatusSource;
import org.scanstation.device.printer.link.PortSignals;

/**
 * The status a one-way link's port signals describe, whatever the printer's language: the link, not
 * the language, carries them. Pure.
 */
public final class PortStatus {
  private PortStatus() {}

  /** The status {@code s} describes, or UNRESPONSIVE when the link has no signals. */
  public static PrinterStatus of(String id, String address, PortSignals s, Instant at) {
    if (s == null) {
      return PrinterStatus.unresponsive(id, address, "the link carries no status", at);
    }
    Set<PrinterState> faults = EnumSet.noneOf(PrinterState.class);
    if (s.paperEmpty()) {
      faults.add(PrinterState.PAPER_OUT);
    } else if (s.error()) {
      faults.add(PrinterState.ERROR);
    }
    if (!s.selected()) {
      faults.add(PrinterState.PAUSED);
    }
    PrinterState state = faults.isEmpty() ? PrinterState.READY : faults.iterator().next();
    List<String> errors =
        faults.contains(PrinterState.ERROR) ? List.of("the port signals an error") : List.of();
    return new PrinterStatus(
        id, address, state, faults, -1, -1, -1, errors, StatusSource.PORT, s.toString(), null, at);
  }
}
