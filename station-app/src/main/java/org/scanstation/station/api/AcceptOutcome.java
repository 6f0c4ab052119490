package org.scanstation.station.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.AcceptanceResult;
import org.scanstation.station.domain.acceptance.Accepted;
import org.scanstation.station.domain.acceptance.Duplicate;
import org.scanstation.station.domain.acceptance.Rejected;

/**
 * One scan's result as JSON: {@code ACCEPTED}, {@code DUPLICATE} (with the first acceptance) or
 * {@code REJECTED} (with reason and message).
 *
 * @param input the scan as received
 * @param result ACCEPTED, DUPLICATE or REJECTED
 * @param trackingNumber the number (accepted or duplicate)
 * @param eventId the acceptance's event id (the original's for a duplicate)
 * @param reason rejection reason code
 * @param message rejection message, or what a duplicate means
 * @param serviceName the service, where known
 * @param printJobId the first print job (accepted only)
 * @param acceptedAt when it was (first) accepted, ISO-8601
 * @param stationId where it was (first) accepted
 * @param operatorId by whom it was (first) accepted
 */
@JsonPropertyOrder({"input", "result", "trackingNumber", "eventId", "reason", "message"})
public record AcceptOutcome(
    String input,
    String result,
    String trackingNumber,
    String eventId,
    String reason,
    String message,
    String serviceName,
    String printJobId,
    String acceptedAt,
    String stationId,
    String operatorId) {

  /** The JSON view of a result. */
  public static AcceptOutcome of(AcceptanceResult r) {
    if (r instanceof Accepted a) {
      return withEvent(
          a.input(), "ACCEPTED", a.event(), null, null, a.serviceName(), a.printJobId());
    }
    if (r instanceof Duplicate d) {
      String msg =
          "already accepted at "
              + d.original().acceptedAt()
              + " by "
              + d.original().operatorId()
              + " at "
              + d.original().stationId();
      return withEvent(d.input(), "DUPLICATE", d.original(), null, msg, null, null);
    }
    Rejected x = (Rejected) r;
    return new AcceptOutcome(
        x.input(),
        "REJECTED",
        null,
        null,
        x.reason().name(),
        x.message(),
        null,
        null,
        null,
        null,
        null);
  }

  private static AcceptOutcome withEvent(
      String input,
      String result,
      AcceptanceEvent e,
      String reason,
      String message,
      String service,
      String job) {
    return new AcceptOutcome(
        input,
        result,
        e.trackingNumber(),
        e.eventId().toString(),
        reason,
        message,
        service,
        job,
        e.acceptedAt().toString(),
        e.stationId(),
        e.operatorId());
  }
}
