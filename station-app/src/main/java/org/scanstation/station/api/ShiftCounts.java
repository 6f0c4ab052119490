package org.scanstation.station.api;

import java.util.List;
import java.util.Map;

/**
 * A day's scans at a glance, for the supervisor's overview: how many were accepted, duplicates or
 * rejected, the rejections by reason, and the scans of each hour by desk (scanner) and operator.
 *
 * @param day the day in the station's time zone (ISO-8601 date)
 * @param zone the station's time zone
 * @param from ISO-8601 UTC start of the day
 * @param to ISO-8601 UTC time the counts run to (now)
 * @param accepted scans that became an acceptance
 * @param duplicates scans of a number already accepted
 * @param rejected scans refused with a reason
 * @param rejectedByReason the rejections by reason code, most frequent first
 * @param hours one row per hour, desk and operator that scanned in it, oldest first
 */
public record ShiftCounts(
    String day,
    String zone,
    String from,
    String to,
    long accepted,
    long duplicates,
    long rejected,
    Map<String, Long> rejectedByReason,
    List<HourCount> hours) {

  /**
   * The scans of one desk and operator in one hour.
   *
   * @param hourStart ISO-8601 UTC start of the hour
   * @param desk the scanner id (a page's scans: {@code page-typed} or {@code page-wedge})
   * @param operatorId who was signed in, empty when nobody was
   * @param accepted accepted scans
   * @param duplicates duplicate scans
   * @param rejected rejected scans
   */
  public record HourCount(
      String hourStart,
      String desk,
      String operatorId,
      long accepted,
      long duplicates,
      long rejected) {}
}
