package org.scanstation.station.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Writes the scans the station answered without an acceptance (duplicates and rejections) for the
 * shift overview, a batch per transaction. Never the scanned text. Thread-safe.
 */
public final class ScanRefusals {
  /** Longest scanner or operator id kept; longer ones are cut, never refused. */
  static final int MAX_ID = 64;

  /**
   * One refused scan.
   *
   * @param at when it was answered
   * @param scannerId where it came from
   * @param operatorId who was signed in, empty when nobody was
   * @param result {@code DUPLICATE} or {@code REJECTED}
   * @param reason the rejection code, null for a duplicate
   */
  public record Refusal(
      Instant at, String scannerId, String operatorId, String result, String reason) {
    /** Requires the time, the scanner and the result. */
    public Refusal {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(scannerId, "scannerId");
      Objects.requireNonNull(result, "result");
      operatorId = operatorId == null ? "" : operatorId;
    }
  }

  private static final String INSERT =
      "INSERT INTO scan_refusal (refused_at, scanner_id, operator_id, result, reason)"
          + " VALUES (?, ?, ?, ?, ?)";

  private final StationStore store;

  /** Writes into {@code store}. */
  public ScanRefusals(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Writes {@code batch} in one transaction. Blocks for it.
   *
   * @throws org.scanstation.station.StoreUnavailableException when the store cannot write (then
   *     nothing of the batch was written)
   */
  public void record(List<Refusal> batch) {
    if (batch.isEmpty()) {
      return;
    }
    store.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Refusal r : batch) {
              ps.setLong(1, r.at().toEpochMilli());
              ps.setString(2, cut(r.scannerId()));
              ps.setString(3, cut(r.operatorId()));
              ps.setString(4, r.result());
              ps.setString(5, r.reason());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  private static String cut(String id) {
    return id.length() <= MAX_ID ? id : id.substring(0, MAX_ID);
  }
}
