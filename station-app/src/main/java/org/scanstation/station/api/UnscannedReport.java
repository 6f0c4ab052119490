package org.scanstation.station.api;

import java.util.List;
import java.util.Map;

/**
 * The label-to-scan gap: parcels accepted here that USPS has not scanned, and the carrier's
 * anomalies, for {@code station unscanned} and the supervisor page.
 *
 * @param asOf ISO-8601 time of the report
 * @param olderThan ISO-8601 duration: only parcels accepted longer ago than this are listed
 * @param parcels the unscanned ones, oldest first
 * @param byAge counts of all unscanned parcels by age band ({@code <4h}, {@code 4-24h}, {@code
 *     1-3d}, {@code >3d}), whatever {@code olderThan} says
 * @param anomalies what else needs a look
 */
public record UnscannedReport(
    String asOf,
    String olderThan,
    List<Parcel> parcels,
    Map<String, Long> byAge,
    List<Anomaly> anomalies) {

  /** Copies the lists. */
  public UnscannedReport {
    parcels = List.copyOf(parcels);
    byAge = Map.copyOf(byAge);
    anomalies = List.copyOf(anomalies);
  }

  /**
   * One parcel USPS has not scanned.
   *
   * @param trackingNumber the parcel
   * @param acceptedAt ISO-8601 time the station accepted it
   * @param ageSeconds how long ago that was
   * @param stationId the accepting station
   * @param operatorId who accepted it
   * @param orderId the imported order's id, or null
   * @param tag the carrier's current tag, or null when never read
   * @param state {@code WATCHING}, or why it is no longer asked ({@code NOT_AUTHORIZED}...)
   * @param lastCheckedAt ISO-8601 time the carrier was last asked, or null when never
   * @param pendingAlert whether AfterShip said it stayed pending too long
   */
  public record Parcel(
      String trackingNumber,
      String acceptedAt,
      long ageSeconds,
      String stationId,
      String operatorId,
      String orderId,
      String tag,
      String state,
      String lastCheckedAt,
      boolean pendingAlert) {}

  /**
   * Something about a parcel a person should look at.
   *
   * @param trackingNumber the parcel
   * @param kind {@code SCANNED_BEFORE_ACCEPTANCE} (a wrong parcel or a duplicate label), {@code
   *     NO_ACCEPTANCE_SCAN} (scanned later, but USPS never recorded its acceptance), {@code
   *     EXCEPTION}, {@code EXPIRED}, {@code NOT_AUTHORIZED}
   * @param at ISO-8601 time of the event behind it
   * @param detail the carrier's message or the reason
   */
  public record Anomaly(String trackingNumber, String kind, String at, String detail) {}
}
