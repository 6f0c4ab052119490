package org.scanstation.station.api;

import java.util.List;

/**
 * What an import did.
 *
 * @param read rows read
 * @param inserted new shipments
 * @param updated changed shipments
 * @param unchanged rows identical to what was stored
 * @param rejected rows refused, with line and reason
 */
public record ImportSummary(
    int read, int inserted, int updated, int unchanged, List<Problem> rejected) {

  /**
   * One refused row.
   *
   * @param line line number in the file (CSV) or position in the array (JSON)
   * @param trackingNumber the row's tracking number as written (shortened), may be null
   * @param reason what is wrong
   * @param code what kind of fault, a stable code ({@code INVALID_UTF8}, {@code TOO_LONG}, {@code
   *     MALFORMED_ROW}, {@code INVALID_FIELD}, {@code REPEATED}); null from older stations
   * @param column the character column of the fault on its line, or null
   * @param message the whole sentence for a person, with file (when known), line and reason
   */
  public record Problem(
      long line, String trackingNumber, String reason, String code, Long column, String message) {

    /** A problem without column, whose message names the line. */
    public Problem(long line, String trackingNumber, String reason, String code) {
      this(line, trackingNumber, reason, code, null, "line " + line + ": " + reason);
    }

    /** The same problem, its message naming {@code where} it is (file and line). */
    public Problem at(String where) {
      String message = where + (column == null ? "" : " column " + column) + ": " + reason;
      return new Problem(line, trackingNumber, reason, code, column, message);
    }
  }

  /** The sum of two partial summaries (imports go in batches). */
  public ImportSummary plus(ImportSummary o) {
    List<Problem> all = new java.util.ArrayList<>(rejected);
    all.addAll(o.rejected);
    return new ImportSummary(
        read + o.read,
        inserted + o.inserted,
        updated + o.updated,
        unchanged + o.unchanged,
        List.copyOf(all));
  }

  /** Nothing yet. */
  public static ImportSummary empty() {
    return new ImportSummary(0, 0, 0, 0, List.of());
  }
}
