package org.scanstation.station.api;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A closed manifest's header, as {@code station manifest close} and {@code list} print it.
 *
 * @param id the readable manifest id (Code 128 friendly, at most 40 characters)
 * @param station the station that closed it
 * @param date the mailing date, YYYY-MM-DD in the station's time zone
 * @param originZip the 5-digit origin ZIP, or null when none is configured
 * @param pieces how many pieces it holds
 * @param byService piece counts by service (the shipment's service, {@code unknown} without one)
 * @param root the Merkle root over the pieces' chain hashes, 64 hex digits
 * @param amends the id of the manifest it corrects, or null
 * @param reason why it corrects it, or null
 * @param closedBy the supervisor who closed it
 * @param closedAt ISO-8601 UTC
 * @param seq its position in the hash chain
 * @param hash its chain link's hash
 */
public record ManifestSummary(
    String id,
    String station,
    String date,
    String originZip,
    int pieces,
    Map<String, Integer> byService,
    String root,
    String amends,
    String reason,
    String closedBy,
    String closedAt,
    long seq,
    String hash) {

  /** Copies the counts in service order, so the JSON reads the same every time. */
  public ManifestSummary {
    byService =
        byService == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(byService));
  }
}
