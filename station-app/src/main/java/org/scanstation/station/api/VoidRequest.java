package org.scanstation.station.api;

/**
 * A supervisor's void: an accepted parcel pulled back before hand-off. It becomes a VOIDED link of
 * the hash chain; the parcel's unprinted labels are cancelled and its tracking deleted at the
 * backend.
 *
 * @param trackingNumber the parcel
 * @param reason why (mandatory, 3-500 characters)
 * @param operatorId the supervisor, recorded as the void's actor
 * @param pin the supervisor PIN as entered; never logged or stored
 */
public record VoidRequest(String trackingNumber, String reason, String operatorId, String pin) {

  @Override
  public String toString() {
    return "VoidRequest[" + trackingNumber + ", by " + operatorId + ", pin hidden]";
  }
}
