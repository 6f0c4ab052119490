package org.scanstation.station.api;

/**
 * A supervisor's "mark as completed": the station tells the backend how a parcel's journey ended
 * when the carrier never will. Audited; not a link of the hash chain (it is the carrier's status,
 * not the station's acceptance).
 *
 * @param trackingNumber the parcel
 * @param as DELIVERED, LOST or RETURNED_TO_SENDER: what the backend's mark-as-completed allows
 * @param reason why (mandatory, 3-500 characters)
 * @param operatorId the supervisor
 * @param pin the supervisor PIN as entered; never logged or stored
 */
public record CompleteRequest(
    String trackingNumber, String as, String reason, String operatorId, String pin) {

  @Override
  public String toString() {
    return "CompleteRequest["
        + trackingNumber
        + " as "
        + as
        + ", by "
        + operatorId
        + ", pin hidden]";
  }
}
