package org.scanstation.station.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.scanstation.station.domain.tracking.ParseResult;
import org.scanstation.station.domain.tracking.Rejection;
import org.scanstation.station.domain.tracking.TrackingNumber;
import org.scanstation.station.domain.tracking.ValidScan;

/** One line of {@code station validate} output: the input and what it turned out to be. */
@JsonPropertyOrder({
  "input",
  "valid",
  "trackingNumber",
  "format",
  "channel",
  "serviceTypeCode",
  "serviceName",
  "mailerId",
  "serial",
  "routingZip",
  "reason",
  "message"
})
record ValidationLine(
    String input,
    boolean valid,
    String trackingNumber,
    String format,
    String channel,
    String serviceTypeCode,
    String serviceName,
    String mailerId,
    String serial,
    String routingZip,
    String reason,
    String message) {

  static ValidationLine of(String input, ParseResult result) {
    if (result instanceof ValidScan v) {
      TrackingNumber t = v.trackingNumber();
      return new ValidationLine(
          input,
          true,
          t.digits(),
          t.format().name(),
          t.channel(),
          t.serviceTypeCode(),
          t.serviceName().orElse(null),
          t.mailerId(),
          t.serial(),
          v.routingZip() == null ? null : v.routingZip().digits(),
          null,
          null);
    }
    Rejection r = (Rejection) result;
    return new ValidationLine(
        input,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        r.reason().name(),
        r.message());
  }
}
