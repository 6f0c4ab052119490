package org.scanstation.station.carrier;

import java.time.Instant;
import java.util.Objects;
import org.scanstation.station.sync.BackendReply;
import org.scanstation.station.sync.SyncOutcome;

/**
 * A classified read answer with the rate-limit headers it carried, so that the read shares the
 * backend's {@link org.scanstation.station.sync.RateGate} with the creates.
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

  /** The same answer in the words the rate gate observes. */
  public BackendReply forGate() {
    SyncOutcome o;
    if (outcome instanceof ReadOutcome.Read) {
      o = new SyncOutcome.Delivered(null);
    } else if (outcome instanceof ReadOutcome.NotAuthorized n) {
      o = new SyncOutcome.Quarantine(n.reason());
    } else if (outcome instanceof ReadOutcome.RateLimited r) {
      o = new SyncOutcome.RateLimited(r.until());
    } else if (outcome instanceof ReadOutcome.Refused r) {
      o = new SyncOutcome.Pause(r.reason());
    } else {
      o = new SyncOutcome.Retry(((ReadOutcome.Retry) outcome).reason());
    }
    return new BackendReply(o, remaining, resetAt, limit);
  }
}
