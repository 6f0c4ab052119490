package org.scanstation.device.printer.link;

import java.io.IOException;

/**
 * How to reach a printer's byte stream: opens {@link PrinterWire}s on demand (again after a
 * failure). Implementations are immutable.
 */
public interface PrinterLink {

  /** Where, for messages: "10.0.0.7:9100". */
  String address();

  /**
   * Opens a new wire. Blocks up to the connect timeout.
   *
   * @throws IOException whose message says what failed and, when known, the fix
   */
  PrinterWire open() throws IOException;

  /**
   * How many bits a second the link carries when it is slow enough to matter (a serial line's baud
   * rate), else 0. Used to refuse jobs that would block the line for long.
   */
  default int bitsPerSecond() {
    return 0;
  }
}
