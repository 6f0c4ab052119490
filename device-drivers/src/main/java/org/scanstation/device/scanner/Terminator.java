package org.scanstation.device.scanner;

/** What ends a scan on a byte stream: the scanner's configured suffix. */
public enum Terminator {
  /** Carriage return (0x0D), the default of most scanners. */
  CR,
  /** Line feed (0x0A). */
  LF,
  /** CR then LF; a CR not followed by LF is data. */
  CRLF,
  /** No suffix: a scan ends when no byte has arrived for the inter-character timeout. */
  NONE
}
