package org.scanstation.station.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.scanstation.common.Durations;

/**
 * Progress as a plain line on standard error every {@link #EVERY} or every tenth of the total,
 * whichever comes first, for logs and pipes where a redrawn bar would be noise. Not thread-safe.
 */
final class LineProgress implements Progress {
  /** At most this long between two lines while work goes on. */
  static final Duration EVERY = Duration.ofSeconds(5);

  private final PrintStream err;
  private final Clock clock;
  private final String task;
  private final String unit;
  private final long total;
  private final Instant started;
  private Instant lastLine;
  private long lastTenth;
  private long done;

  /**
   * @param total the units expected, or a negative number when unknown (no percentage, no ETA)
   */
  LineProgress(PrintStream err, Clock clock, String task, String unit, long total) {
    this.err = Objects.requireNonNull(err, "err");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.task = Objects.requireNonNull(task, "task");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.total = total;
    this.started = clock.instant();
    this.lastLine = started;
  }

  @Override
  public void at(long done) {
    this.done = done;
    Instant now = clock.instant();
    long tenth = total > 0 ? Math.min(10, done * 10 / total) : 0;
    boolean due = !now.isBefore(lastLine.plus(EVERY));
    if (due || tenth > lastTenth) {
      lastLine = now;
      lastTenth = tenth;
      err.println("station: " + task + " " + figures(now));
    }
  }

  @Override
  public void note(String line) {
    err.println(line);
  }

  @Override
  public void close() {
    Duration took = Duration.between(started, clock.instant());
    err.println(
        "station: "
            + task
            + " done: "
            + done
            + " "
            + unit
            + " in "
            + Durations.format(Duration.ofSeconds(took.toSeconds()))
            + rate(took));
  }

  private String figures(Instant now) {
    Duration took = Duration.between(started, now);
    StringBuilder b = new StringBuilder().append(done);
    if (total >= 0) {
      b.append('/').append(total).append(' ').append(unit);
      b.append(" (").append(total == 0 ? 100 : done * 100 / total).append("%)");
    } else {
      b.append(' ').append(unit);
    }
    b.append(rate(took));
    eta(took).ifPresent(eta -> b.append(", about ").append(eta).append(" left"));
    return b.toString();
  }

  private String rate(Duration took) {
    long ms = took.toMillis();
    return ms <= 0 ? "" : ", " + (done * 1000 / ms) + " " + unit + "/s";
  }

  private Optional<String> eta(Duration took) {
    if (total <= 0 || done <= 0 || done >= total) {
      return Optional.empty();
    }
    long leftMs = took.toMillis() * (total - done) / done;
    Duration left =
        leftMs < 120_000
            ? Duration.ofSeconds(Math.max(1, (leftMs + 999) / 1000))
            : Duration.ofMinutes((leftMs + 59_999) / 60_000);
    return Optional.of(Durations.format(left));
  }
}
