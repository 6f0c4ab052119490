package org.scanstation.simulator.scanner;

import java.nio.charset.StandardCharsets;

/** What a scanner sends after each barcode, as configured on real scanners. */
public enum ScanSuffix {
  /** Carriage return, the factory default of most serial scanners. */
  CR("\r"),
  /** Line feed. */
  LF("\n"),
  /** Carriage return and line feed. */
  CRLF("\r\n"),
  /** Nothing: the receiver must frame scans by time or length. */
  NONE("");

  private final String text;

  ScanSuffix(String text) {
    this.text = text;
  }

  /** The suffix bytes. */
  public byte[] bytes() {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
