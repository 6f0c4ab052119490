package org.scanstation.device.printer.queue;

import java.time.Duration;
import java.util.Objects;
import org.scanstation.device.DeviceException;

/**
 * How a {@link PrintQueue} paces itself.
 *
 * @param pollInterval between status polls while a job prints, and the first wait of a held job
 * @param maxBackoff the longest wait between polls of a held job (waits double up to it)
 * @param confirmTimeout how long a printer that reports no fault may keep a job unprinted before
 *     the job FAILS as unconfirmed (time spent faulted or silent does not count)
 * @param settle how long a drained printer whose print meter has not moved must stay so before the
 *     job counts as lost and is sent again (the meter may lag the last label's feed)
 * @param healthInterval between status polls while idle, so the pages show a fault before a job
 *     meets it
 * @param limit the most jobs waiting for one printer; more are refused with an error, never dropped
 */
public record QueueSettings(
    Duration pollInterval,
    Duration maxBackoff,
    Duration confirmTimeout,
    Duration settle,
    Duration healthInterval,
    int limit) {

  /** 500 ms polls, backoff to 10 s, 60 s to confirm, 3 s to settle, 5 s health, 1000 jobs. */
  public static final QueueSettings DEFAULTS =
      new QueueSettings(
          Duration.ofMillis(500),
          Duration.ofSeconds(10),
          Duration.ofSeconds(60),
          Duration.ofSeconds(3),
          Duration.ofSeconds(5),
          1000);

  /** Checks ranges. */
  public QueueSettings {
    for (Duration d : new Duration[] {pollInterval, maxBackoff, confirmTimeout, healthInterval}) {
      Objects.requireNonNull(d, "duration");
      if (d.isNegative() || d.isZero()) {
        throw new DeviceException("print queue durations must be positive, got " + d);
      }
    }
    Objects.requireNonNull(settle, "settle");
    if (maxBackoff.compareTo(pollInterval) < 0) {
      throw new DeviceException("max backoff " + maxBackoff + " is below the poll interval");
    }
    if (limit < 1) {
      throw new DeviceException("the print queue limit must be at least 1, got " + limit);
    }
  }
}
