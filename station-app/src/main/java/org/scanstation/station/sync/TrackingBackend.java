package org.scanstation.station.sync;

import org.scanstation.station.api.OutboxPayload;

/**
 * The tracking backend, as the sync job needs it. Implementations block for their HTTP calls (each
 * with a timeout) and never throw for network or HTTP errors: they classify them. Thread-safe.
 */
public interface TrackingBackend {
  /** Creates the tracking for one acceptance and says what the answer means. */
  BackendReply create(OutboxPayload payload);

  /**
   * Deletes a tracking (its acceptance was voided). A tracking the backend does not have (any more)
   * counts as delivered: what the delete wanted is true. Blocks for up to two calls when the id
   * must be looked up first.
   */
  BackendReply delete(TrackingRef tracking);

  /**
   * Marks a tracking completed with {@code reason} (DELIVERED, LOST or RETURNED_TO_SENDER). A
   * tracking the backend does not have is quarantined: a person must look. Blocks for up to two
   * calls when the id must be looked up first.
   */
  BackendReply complete(TrackingRef tracking, String reason);

  /** Where it is, for messages (never the key). */
  String describe();
}
