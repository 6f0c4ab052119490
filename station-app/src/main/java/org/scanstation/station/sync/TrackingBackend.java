package org.scanstation.station.sync;

import org.scanstation.station.api.OutboxPayload;

/**
 * The tracking backend, as the sync job needs it. Implementations block for one HTTP call (with a
 * timeout) and never throw for network or HTTP errors: they classify them. Thread-safe.
 */
public interface TrackingBackend {
  /** Creates the tracking for one acceptance and says what the answer means. */
  BackendReply create(OutboxPayload payload);

  /** Where it is, for messages (never the key). */
  String describe();
}
