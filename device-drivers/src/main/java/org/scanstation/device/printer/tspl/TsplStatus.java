package org.scanstation.device.printer.tspl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.StatusSource;

/**
 * Turns a TSPL printer's parsed replies into a {@link PrinterStatus}. Pure. {@code <ESC>!?} alone
 * is enough; {@code <ESC>!S} adds the errors the flag byte has none for (cutter, head temperature,
 * memory) and a full receive buffer. TSPL reports neither a buffer count nor a print meter, so both
 * stay unknown (-1): see docs/printers.md for what that means for "printed".
 */
final class TsplStatus {
  private TsplStatus() {}

  /**
   * The status these replies describe.
   *
   * @param detail the {@code <ESC>!S} reply, or null when the printer does not answer it
   */
  static PrinterStatus of(
      String id, String address, TsplFlags flags, TsplDetail detail, String raw, Instant at) {
    Set<PrinterState> faults = EnumSet.noneOf(PrinterState.class);
    Set<String> errors = new LinkedHashSet<>();
    boolean d = detail != null;
    if (flags.has(TsplFlags.HEAD_OPEN) || (d && (detail.media() & TsplDetail.HEAD_OPEN) != 0)) {
      faults.add(PrinterState.HEAD_OPEN);
    }
    if (flags.has(TsplFlags.PAPER_OUT) || (d && (detail.media() & TsplDetail.PAPER_EMPTY) != 0)) {
      faults.add(PrinterState.PAPER_OUT);
    }
    if (flags.has(TsplFlags.RIBBON_OUT) || (d && (detail.media() & TsplDetail.RIBBON_EMPTY) != 0)) {
      faults.add(PrinterState.RIBBON_OUT);
    }
    for (Map.Entry<Integer, String> e : TsplFlags.ERRORS.entrySet()) {
      if (flags.has(e.getKey())) {
        errors.add(e.getValue());
      }
    }
    if (d) {
      errors.addAll(detail.otherErrors());
    }
    if (!errors.isEmpty()) {
      faults.add(PrinterState.ERROR);
    }
    if (flags.has(TsplFlags.PAUSED) || (d && detail.paused())) {
      faults.add(PrinterState.PAUSED);
    }
    if (d && (detail.warnings() & TsplDetail.BUFFER_FULL) != 0) {
      faults.add(PrinterState.BUFFER_FULL);
    }
    PrinterState state = faults.isEmpty() ? PrinterState.READY : faults.iterator().next();
    return new PrinterStatus(
        id,
        address,
        state,
        faults,
        -1,
        -1,
        -1,
        new ArrayList<>(errors),
        StatusSource.PRINTER,
        raw,
        null,
        at);
  }
}
