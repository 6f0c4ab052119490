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
   * @param line line number in the file
   * @param trackingNumber the row's tracking number as written (shortened), may be null
   * @param reason what is wrong
   */
  public record Problem(long line, String trackingNumber, String reason) {}

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
