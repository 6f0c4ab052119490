package org.scanstation.device.scanner;

/**
 * A barcode scanner, whatever is plugged in: serial, network serial server, USB HID or a fake. The
 * station sees only framed {@link Scan}s, connection status changes and errors, delivered to one
 * {@link ScannerListener}.
 *
 * <p>A scanner is started once and closed once. It owns its device for that whole time and keeps
 * reconnecting on its own when the device goes away, so the station never has to.
 */
public interface BarcodeScanner extends AutoCloseable {

  /** The id the station knows this scanner by; every {@link Scan} carries it. */
  String id();

  /**
   * Starts delivering events to {@code listener}. Returns at once: opening the device and every
   * later reconnect happen in the background, and each outcome arrives as a status event. Real
   * scanners call the listener on their own thread, one event at a time, in order; see the
   * implementation for fakes.
   *
   * @throws IllegalStateException when already started or closed
   */
  void start(ScannerListener listener);

  /**
   * Stops and releases the device (a USB interface goes back to its kernel driver). Blocks until
   * the scanner's thread has finished, normally within one read timeout (~100 ms). Reports {@link
   * ConnectionState#CLOSED} last. Idempotent; safe from any thread, including the listener's.
   */
  @Override
  void close();
}
