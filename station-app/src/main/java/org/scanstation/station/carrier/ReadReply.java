package org.scanstation.station.carrier;

import java.time.Instant;
import java.util.Objects;
import org.scanstation.station.ratelimit.WindowReport;

/**
 * A classified read answer with the rate-limit headers it carried, so that the read shares the
 * backend's {@link org.scanstation.station.ratelimit.RateGate} with the creates.
 *
 * @param outcome what it means
 * @param remaining requests left in the window, or -1 when not said
 * @param resetAt when the window resets, or null when not said
 * @param limit requests allowed per window, or -1 when not said
 */
public record ReadReply(ReadOutcome outcome, int remaining, Instant resetAt, int limit) {

  /** Requires the outcome. */
  public ReadReply {
    Objects.requireNonNull(outcome, "outcome");
  }

  /** A reply without rate-limit information (connection errors). */
  public static ReadReply of(ReadOutcome outcome) {
    return new ReadReply(outcome, -1, null, -1);
  }

  /** What it said of the backend's window, for the rate gate. */
  public WindowReport window() {
    return new WindowReport(
        outcome instanceof ReadOutcome.Read || outcome instanceof ReadOutcome.NotAuthorized,
        outcome instanceof ReadOutcome.RateLimited r ? r.until() : null,
        remaining,
        resetAt,
        limit);
  }
}
