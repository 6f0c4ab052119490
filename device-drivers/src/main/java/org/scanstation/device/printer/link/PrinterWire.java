package org.scanstation.device.printer.link;

import java.io.IOException;
import java.time.Duration;

/**
 * An open byte link to a printer: a TCP connection, a serial port, a USB interface's bulk
 * endpoints. Not thread-safe: the printer that owns it uses it from one thread at a time.
 */
public interface PrinterWire extends AutoCloseable {

  /** Writes every byte; blocks until the OS or device took them. */
  void write(byte[] bytes, int offset, int length) throws IOException;

  /**
   * Reads what arrives within {@code timeout}: the count read, 0 when nothing came in time, -1 when
   * the link is gone (peer closed, device unplugged).
   */
  int read(byte[] buffer, Duration timeout) throws IOException;

  /** Throws away input already received (a late reply to an earlier query). Does not block. */
  void discardInput() throws IOException;

  /** Whether replies can come back at all (false for one-way links). */
  boolean canRead();

  /**
   * A one-way link's own port signals (USB printer class GET_PORT_STATUS), or null when the link
   * has none. Blocks briefly.
   */
  default PortSignals portSignals() throws IOException {
    return null;
  }

  /** Closes the link; idempotent. */
  @Override
  void close();
}
