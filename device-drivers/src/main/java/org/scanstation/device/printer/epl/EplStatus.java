package org.scanstation.device.printer.epl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.StatusSource;

/**
 * Turns a parsed {@code ^ee} reply into a {@link PrinterStatus}. Pure. 07 cannot tell labels from
 * ribbon, so it is PAPER_OUT with words that name both. EPL2 reports neither a buffer count nor a
 * print meter, so both stay unknown (-1).
 */
final class EplStatus {
  private static final String MEDIA_OUT =
      "out of labels or ribbon (EPL2 error 07) — load labels (or a ribbon) and close the head";

  private EplStatus() {}

  static PrinterStatus of(String id, String address, EplErrors e, String raw, Instant at) {
    Set<PrinterState> faults = EnumSet.noneOf(PrinterState.class);
    List<String> errors = new ArrayList<>();
    for (int code : e.codes()) {
      switch (code) {
        case EplErrors.HEAD_UP -> faults.add(PrinterState.HEAD_OPEN);
        case EplErrors.MEDIA_OUT -> faults.add(PrinterState.PAPER_OUT);
        case EplErrors.PAUSED -> faults.add(PrinterState.PAUSED);
        default -> errors.add(EplErrors.words(code));
      }
    }
    if (!errors.isEmpty()) {
      faults.add(PrinterState.ERROR);
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
        errors,
        StatusSource.PRINTER,
        raw,
        reason(faults, errors),
        at);
  }

  /** The account of the faults when 07 is among them (the state's words would say paper only). */
  private static String reason(Set<PrinterState> faults, List<String> errors) {
    if (!faults.contains(PrinterState.PAPER_OUT)) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (PrinterState f : faults) {
      if (f == PrinterState.PAPER_OUT) {
        parts.add(MEDIA_OUT);
      } else if (f == PrinterState.ERROR) {
        parts.add("error (" + String.join(", ", errors) + ") — " + f.fix());
      } else {
        parts.add(f.words() + " — " + f.fix());
      }
    }
    return String.join("; ", parts);
  }
}
