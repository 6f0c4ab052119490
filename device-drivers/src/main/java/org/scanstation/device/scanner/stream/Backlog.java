package org.scanstation.device.scanner.stream;

/**
 * What a new session does with the bytes the OS buffered before the device was opened. Scans in
 * them were made while the station was not reading: on the first open of the process they are old
 * (the station was not running) and may be discarded, counted and reported; on a reopen they are
 * the packer's scans from the moments of a replug and are framed like any others.
 */
enum Backlog {
  /** Discard the complete scans in it, counted and reported; a scan still arriving is kept. */
  DISCARD,
  /** Frame it like anything else. */
  KEEP,
  /**
   * Frame it, but the previous session was cut in the middle of a scan: what comes before the first
   * terminator may be that scan's rest, and is reported rather than taken for a scan.
   */
  KEEP_AFTER_CUT;

  /**
   * The backlog rule for the next session of one device.
   *
   * @param previous the device's last session, or null when this is the first open
   * @param flushOnOpen whether the first open discards the backlog
   */
  static Backlog next(StreamSession previous, boolean flushOnOpen) {
    if (previous == null) {
      return flushOnOpen ? DISCARD : KEEP;
    }
    return previous.cutMidScan() ? KEEP_AFTER_CUT : KEEP;
  }
}
