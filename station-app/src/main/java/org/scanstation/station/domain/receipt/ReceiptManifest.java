package org.scanstation.station.domain.receipt;

import java.time.Instant;
import java.util.Objects;

/**
 * The header of the closed manifest a receipt's parcel is on. The chain hash and the Merkle path do
 * not cover it; the receipt's signature does. Immutable.
 *
 * @param id the manifest id (printed on the stamped manifest)
 * @param stationId the station that closed it
 * @param mailingDate its mailing date, {@code YYYY-MM-DD}
 * @param originZip the origin ZIP, or null when none was given at the close
 * @param pieces how many pieces it holds
 * @param root the Merkle root over its pieces' chain hashes, 64 lower-case hex digits
 * @param closedAtEpochMilli when it was closed, UTC epoch milliseconds
 * @param closedAt the same instant as ISO-8601 text
 */
public record ReceiptManifest(
    String id,
    String stationId,
    String mailingDate,
    String originZip,
    int pieces,
    String root,
    long closedAtEpochMilli,
    String closedAt) {

  /** Requires every field but the origin ZIP. */
  public ReceiptManifest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stationId, "stationId");
    Objects.requireNonNull(mailingDate, "mailingDate");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(closedAt, "closedAt");
  }

  /** A header whose ISO time is written from {@code closedAt}. */
  public static ReceiptManifest of(
      String id,
      String stationId,
      String mailingDate,
      String originZip,
      int pieces,
      String root,
      Instant closedAt) {
    return new ReceiptManifest(
        id,
        stationId,
        mailingDate,
        originZip,
        pieces,
        root,
        closedAt.toEpochMilli(),
        closedAt.toString());
  }

  /** Whether the ISO text names the same instant as the epoch milliseconds. */
  public boolean timesAgree() {
    return ReceiptTimes.agree(closedAt, closedAtEpochMilli);
  }
}
