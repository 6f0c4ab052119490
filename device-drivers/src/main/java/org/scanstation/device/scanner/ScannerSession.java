package org.scanstation.device.scanner;

import java.io.IOException;

/**
 * One open connection to a scanner's device, used only by the {@link ReconnectingScanner}'s thread.
 * Adapters (serial, TCP, USB) implement it; the reconnecting, reporting and threading live in one
 * place.
 */
public interface ScannerSession extends AutoCloseable {

  /** What is open, for the CONNECTED status: "serial port /dev/ttyACM0 9600 8N1". */
  String describe();

  /**
   * Reads once, blocking at most about one read timeout, and gives any complete scans and problems
   * to {@code sink}.
   *
   * @return false when the device has gone (unplugged, peer closed): the session is finished
   * @throws IOException when reading failed; the session is finished too
   */
  boolean poll(ScanSink sink) throws IOException;

  /** Releases the device; never throws. */
  @Override
  void close();
}
