package org.scanstation.device.printer.stream;

import java.io.IOException;
import java.time.Duration;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.link.PrinterWire;

/**
 * Asks one printer for its status in its own language over an open wire. It may remember what the
 * printer does not answer, so each printer has its own. Not thread-safe: its printer serialises
 * use.
 */
public interface StatusReader {

  /**
   * The printer's full status. Blocks up to the status timeout per query. Silence or a reply not in
   * this language's form is {@link org.scanstation.device.printer.PrinterState#UNRESPONSIVE}, with
   * a reason that names a likely language mismatch.
   *
   * @throws IOException when the wire failed (the caller reconnects)
   */
  PrinterStatus query(PrinterWire wire) throws IOException;

  /**
   * The status from the one quick query sent right after a job, whose reply proves the printer read
   * the job before it; null when no reply came within {@code wait}. Blocks up to {@code wait}.
   *
   * @throws IOException when the wire failed
   * @throws org.scanstation.device.DeviceException when the reply is not in this language's form
   */
  PrinterStatus afterJob(PrinterWire wire, Duration wait) throws IOException;

  /** The query {@link #afterJob} sends, for messages: "~HS", "&lt;ESC&gt;!?". */
  String ackQuery();
}
