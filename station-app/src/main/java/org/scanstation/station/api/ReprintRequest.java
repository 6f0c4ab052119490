package org.scanstation.station.api;

/**
 * A supervisor's reprint: the exact stored label bytes again, as a new, audited print job.
 *
 * @param trackingNumber the parcel
 * @param reason why (mandatory)
 * @param operatorId the supervisor
 * @param pin the supervisor PIN as entered; never logged or stored
 * @param printer the printer id or URI, or null for the station's printer
 */
public record ReprintRequest(
    String trackingNumber, String reason, String operatorId, String pin, String printer) {

  @Override
  public String toString() {
    return "ReprintRequest[" + trackingNumber + ", by " + operatorId + ", pin hidden]";
  }
}
