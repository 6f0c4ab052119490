package org.scanstation.device.scanner;

/** Where a scanner's connection to its device stands. */
public enum ConnectionState {
  /** The device is open and scans can arrive. */
  CONNECTED,
  /** The device is gone or cannot be opened; the scanner keeps trying with a capped backoff. */
  DISCONNECTED,
  /** The scanner was closed: the last event it reports. */
  CLOSED
}
