package org.scanstation.device.printer.zpl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.StatusSource;

/**
 * Turns a Zebra's parsed replies into a {@link PrinterStatus}. Pure. {@code ~HS} alone is enough;
 * {@code ~HQES} adds the errors {@code ~HS} has no flag for (cutter, head temperature...), and
 * {@code ~HQOD} the print meter.
 */
final class ZplStatus {
  private ZplStatus() {}

  /**
   * The status these replies describe.
   *
   * @param extended the {@code ~HQES} reply, or null when the printer does not answer it
   * @param odometer the {@code ~HQOD} total, or -1 when unknown
   */
  static PrinterStatus of(
      String id,
      String address,
      HostStatusReply hs,
      ExtendedStatusReply extended,
      long odometer,
      String raw,
      Instant at) {
    Set<PrinterState> faults = EnumSet.noneOf(PrinterState.class);
    List<String> errors = new ArrayList<>();
    if (hs.headUp() || (extended != null && extended.has(ExtendedStatusReply.HEAD_OPEN))) {
      faults.add(PrinterState.HEAD_OPEN);
    }
    if (hs.paperOut() || (extended != null && extended.has(ExtendedStatusReply.MEDIA_OUT))) {
      faults.add(PrinterState.PAPER_OUT);
    }
    if (hs.ribbonOut() || (extended != null && extended.has(ExtendedStatusReply.RIBBON_OUT))) {
      faults.add(PrinterState.RIBBON_OUT);
    }
    if (hs.overTemperature()) {
      errors.add("over temperature");
    }
    if (extended != null) {
      errors.addAll(extended.otherErrors());
    }
    if (!errors.isEmpty()) {
      faults.add(PrinterState.ERROR);
    }
    if (hs.paused() || (extended != null && extended.has(ExtendedStatusReply.PAUSED))) {
      faults.add(PrinterState.PAUSED);
    }
    if (hs.bufferFull()) {
      faults.add(PrinterState.BUFFER_FULL);
    }
    PrinterState state = faults.isEmpty() ? PrinterState.READY : faults.iterator().next();
    return new PrinterStatus(
        id,
        address,
        state,
        faults,
        hs.formatsInBuffer(),
        hs.labelsRemaining(),
        odometer,
        errors,
        StatusSource.PRINTER,
        raw,
        null,
        at);
  }
}
