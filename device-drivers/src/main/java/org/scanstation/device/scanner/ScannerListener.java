package org.scanstation.device.scanner;

/**
 * Receives what a {@link BarcodeScanner} reports. Real scanners call it on their own thread, one
 * call at a time and in order, so an implementation needs no locking for its own state but must
 * return quickly: a slow listener delays the next scan. An exception thrown here is logged and
 * dropped; it never stops the scanner.
 */
public interface ScannerListener {

  /** A framed scan: the bytes between two terminators, with its receive time. */
  void onScan(Scan scan);

  /**
   * The connection changed: {@link ConnectionState#CONNECTED} when the device is open, {@link
   * ConnectionState#DISCONNECTED} once per outage (with the reason), {@link ConnectionState#CLOSED}
   * once at the end.
   */
  void onStatus(ScannerStatus status);

  /**
   * Something went wrong without changing the connection: an over-long frame was discarded, a
   * reconnect attempt failed for a new reason, a key could not be decoded.
   */
  void onError(ScannerError error);
}
