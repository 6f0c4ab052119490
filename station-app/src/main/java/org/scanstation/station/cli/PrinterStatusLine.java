package org.scanstation.station.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.scanstation.device.printer.PrinterState;
import org.scanstation.device.printer.PrinterStatus;

/**
 * A printer's status as {@code station printer-status} prints it. Counts the printer does not
 * report are null.
 *
 * @param printer the URI asked
 * @param address where that is
 * @param state READY, PAPER_OUT, HEAD_OPEN, ..., UNRESPONSIVE, UNREACHABLE
 * @param ready whether a job may be sent now
 * @param faults every fault on, the one to fix first first
 * @param labelsRemaining labels still to print
 * @param formatsInBuffer formats (CUPS: jobs) not yet printed
 * @param odometer the print meter ({@code ~HQOD})
 * @param source PRINTER, SPOOLER (CUPS: the spooler's view only), PORT or NONE
 * @param message for people: the state and what to do
 * @param raw the replies as received
 */
@JsonPropertyOrder({"printer", "state", "ready", "labelsRemaining", "raw"})
record PrinterStatusLine(
    String printer,
    String address,
    String state,
    boolean ready,
    List<String> faults,
    Integer labelsRemaining,
    Integer formatsInBuffer,
    Long odometer,
    String source,
    String message,
    String raw) {

  static PrinterStatusLine of(String uri, PrinterStatus s) {
    return new PrinterStatusLine(
        uri,
        s.address(),
        s.state().name(),
        s.ready(),
        s.faults().stream().map(PrinterState::name).toList(),
        s.labelsRemaining() < 0 ? null : s.labelsRemaining(),
        s.formatsInBuffer() < 0 ? null : s.formatsInBuffer(),
        s.odometer() < 0 ? null : s.odometer(),
        s.source().name(),
        s.describe(),
        s.raw());
  }
}
