package org.scanstation.station.api;

/**
 * A supervisor's end-of-day close: every acceptance not yet on a manifest, not voided, accepted up
 * to the end of {@code date}, becomes one new immutable manifest.
 *
 * @param date YYYY-MM-DD in the station's time zone, or null for today there
 * @param originZip 5 digits, or null for the {@code manifest.origin-zip} setting
 * @param amends the id of a closed manifest this one corrects, or null
 * @param reason why (3-500 characters; required with {@code amends}), or null
 * @param operatorId the supervisor, recorded as the closer
 * @param pin the supervisor PIN as entered; never logged or stored
 */
public record ManifestCloseRequest(
    String date, String originZip, String amends, String reason, String operatorId, String pin) {

  @Override
  public String toString() {
    return "ManifestCloseRequest[" + date + ", by " + operatorId + ", pin hidden]";
  }
}
