package org.scanstation.station.domain.acceptance;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A recorded void: a supervisor withdrew one acceptance before the parcel was handed off. It is a
 * link of the same hash chain as the acceptances (it takes the next position and hashes over the
 * link before it), so the acceptance it voids stays in the chain, untouched.
 *
 * @param seq its position in the chain, shared with the acceptances
 * @param eventId this void's own id; the idempotency key of the tracking's delete at the backend
 * @param voidsEventId the event id of the acceptance it withdraws
 * @param trackingNumber that acceptance's tracking number
 * @param actor the supervisor who voided it
 * @param reason why, as the supervisor gave it
 * @param voidedAt when (to the millisecond)
 * @param prevHash the hash of the link before it
 * @param hash this link's hash ({@link HashChain#voidHash})
 */
public record VoidEvent(
    long seq,
    UUID eventId,
    UUID voidsEventId,
    String trackingNumber,
    String actor,
    String reason,
    Instant voidedAt,
    String prevHash,
    String hash) {

  /** Requires every part. */
  public VoidEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(voidsEventId, "voidsEventId");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(voidedAt, "voidedAt");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }

  /** This void's hash recomputed from its fields after {@code prevHash}. */
  public String recompute(String prevHash) {
    return HashChain.voidHash(
        prevHash,
        eventId.toString(),
        voidsEventId.toString(),
        trackingNumber,
        actor,
        reason,
        voidedAt.toEpochMilli());
  }
}
