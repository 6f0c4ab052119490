package org.scanstation.station.sync;

import java.time.Instant;
import java.util.Objects;
import org.scanstation.station.ratelimit.WindowReport;

/**
 * A classified backend answer, with the rate-limit headers it carried.
 *
 * @param outcome what it means for the entry
 * @param remaining requests left in the current window, or -1 when not said
 * @param resetAt when the window resets, or null when not said
 * @param limit requests allowed per window ({@code X-RateLimit-Limit}), or -1 when not said
 */
public record BackendReply(SyncOutcome outcome, int remaining, Instant resetAt, int limit) {

  /** Requires the outcome. */
  public BackendReply {
    Objects.requireNonNull(outcome, "outcome");
  }

  /** A reply that did not say the limit. */
  public BackendReply(SyncOutcome outcome, int remaining, Instant resetAt) {
    this(outcome, remaining, resetAt, -1);
  }

  /** What it said of the backend's window, for the rate gate. */
  public WindowReport window() {
    return new WindowReport(
        outcome instanceof SyncOutcome.Delivered,
        outcome instanceof SyncOutcome.RateLimited r ? r.until() : null,
        remaining,
        resetAt,
        limit);
  }

  /** A reply with no rate-limit information (connection errors). */
  public static BackendReply of(SyncOutcome outcome) {
    return new BackendReply(outcome, -1, null, -1);
  }
}
