package org.scanstation.station.domain.acceptance;

import java.util.Objects;

/**
 * The parcel is accepted: the event, its label and print job and its outbox entry are committed.
 *
 * @param input the scan as received
 * @param event the recorded event
 * @param serviceName the service for the packer's screen, or null when unknown
 * @param printJobId the first print job, queued for the printer
 */
public record Accepted(String input, AcceptanceEvent event, String serviceName, String printJobId)
    implements AcceptanceResult {

  /** Requires the input, event and print job. */
  public Accepted {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(printJobId, "printJobId");
  }
}
