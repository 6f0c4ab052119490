package org.scanstation.station.api;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pieces waiting for the next close: what a close now would put on the day's manifest.
 *
 * @param date the mailing date, YYYY-MM-DD in the station's time zone (today)
 * @param pieces how many acceptances wait (on no manifest, not voided, accepted before the day's
 *     end)
 * @param byService waiting pieces by the shipment's service ({@code unknown} without one)
 * @param oldestAcceptedAt ISO-8601 UTC of the oldest waiting piece, or null when none waits
 */
public record OpenManifest(
    String date, int pieces, Map<String, Integer> byService, String oldestAcceptedAt) {

  /** Copies the counts in service order, so the JSON reads the same every time. */
  public OpenManifest {
    byService =
        byService == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(byService));
  }
}
