package org.scanstation.station.api;

import java.util.List;

/**
 * A recorded void.
 *
 * @param trackingNumber the parcel
 * @param seq the void's position in the hash chain
 * @param eventId the void's own id
 * @param hash the void link's hash
 * @param voidedAt ISO-8601 UTC
 * @param cancelledPrintJobs the print jobs that had not printed and never will
 * @param backend what happens at the tracking backend: {@code NOTHING_SENT} (the create was
 *     withdrawn before any call) or {@code DELETE_QUEUED} (deleted after the create is delivered)
 */
public record VoidOutcome(
    String trackingNumber,
    long seq,
    String eventId,
    String hash,
    String voidedAt,
    List<String> cancelledPrintJobs,
    String backend) {

  /** Copies the list. */
  public VoidOutcome {
    cancelledPrintJobs = List.copyOf(cancelledPrintJobs);
  }
}
