package org.scanstation.station.sync;

import java.time.Instant;

/**
 * What one call to the tracking backend means for its outbox entry, decided before attempts are
 * counted.
 */
public sealed interface SyncOutcome {

  /**
   * The backend has the tracking (created now, or it already existed: 4003).
   *
   * @param backendId the backend's id, when known
   */
  record Delivered(String backendId) implements SyncOutcome {}

  /**
   * The backend refuses the data (4005, 4017, other invalid data): a person must look.
   *
   * @param reason what the backend said
   */
  record Quarantine(String reason) implements SyncOutcome {}

  /**
   * The key is refused (401/403): every call would fail, so the whole sync stops.
   *
   * @param reason what the backend said
   */
  record Pause(String reason) implements SyncOutcome {}

  /**
   * Too many requests (429): wait until {@code until}; not a failure of this entry.
   *
   * @param until when the backend's window resets
   */
  record RateLimited(Instant until) implements SyncOutcome {}

  /**
   * A passing fault (5xx, timeout, connection refused or dropped): retry with backoff.
   *
   * @param reason what happened
   */
  record Retry(String reason) implements SyncOutcome {}
}
