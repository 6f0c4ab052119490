package org.scanstation.station.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.scanstation.station.StationException;
import org.scanstation.station.store.UnscannedQueries;

/**
 * How many accepted parcels USPS has not scanned more than a day after their acceptance, for the
 * packer page's badge, and how far the read-back is behind, for the metrics. The pages' health asks
 * every two seconds per open page, so the count is read from the store at most once per {@code
 * maxAge}. Thread-safe; {@link #current} blocks while it reads.
 */
final class UnscannedCount {
  private final UnscannedQueries queries;
  private final Clock clock;
  private final Duration maxAge;
  private Instant readAt;
  private Long count;
  private Long lagSeconds;

  UnscannedCount(UnscannedQueries queries, Clock clock, Duration maxAge) {
    this.queries = Objects.requireNonNull(queries, "queries");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
  }

  /** Parcels accepted over 24h ago and not scanned by USPS; null when the store cannot say. */
  synchronized Long current() {
    Instant now = clock.instant();
    if (readAt != null && now.isBefore(readAt.plus(maxAge))) {
      return count;
    }
    read(now);
    return count;
  }

  /**
   * Seconds since the most overdue check of a watched parcel was due, 0 when none is overdue; null
   * when the store cannot say. Read with {@link #current}, as often.
   */
  synchronized Long lagSeconds() {
    current();
    return lagSeconds;
  }

  private void read(Instant now) {
    readAt = now;
    try {
      Map<String, Long> bands = queries.byAge(now);
      count = bands.getOrDefault("1-3d", 0L) + bands.getOrDefault(">3d", 0L);
      lagSeconds =
          queries
              .oldestDueCheck()
              .map(due -> Math.max(0, Duration.between(due, now).toSeconds()))
              .orElse(0L);
    } catch (StationException e) {
      count = null; // the store's own badge says why; a stale count would mislead
      lagSeconds = null;
    }
  }
}
