package org.scanstation.station.cli;

/**
 * Makes text from scans and imports safe to open in a spreadsheet (OWASP CSV injection): a cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return would be read
 * as a formula, so it gets a single quote in front and is shown as the text it is. The CSV writer
 * quotes every such cell as well. Pure and thread-safe.
 */
final class SpreadsheetCells {
  private SpreadsheetCells() {}

  /** {@code value} as a cell no spreadsheet runs; null stays null. */
  static String neutralised(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }
}
