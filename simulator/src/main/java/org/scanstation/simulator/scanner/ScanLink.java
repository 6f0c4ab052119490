package org.scanstation.simulator.scanner;

/**
 * The wire between the simulated scanner and the station: a pty or a TCP serial server. Every
 * method may be called from any thread; implementations synchronise.
 */
sealed interface ScanLink extends AutoCloseable permits PtyScanLink, TcpScanLink {
  /** Writes bytes to the station; false when nobody can receive them (unplugged, no client). */
  boolean write(byte[] bytes);

  /** Takes the device away: the path disappears or the port stops listening. */
  void unplug();

  /** Brings it back at the same path or port. */
  void replug();

  /** Whether the device is plugged in. */
  boolean pluggedIn();

  /** Where the station finds it: a path or host:port. */
  String address();

  /** The TCP port, or -1 for a pty. */
  int port();

  /** Connected stations (TCP); 1 or 0 for a pty (plugged in or not). */
  int connections();

  /** What the station sent to the scanner (the last 64 KiB). */
  byte[] received();

  @Override
  void close();
}
