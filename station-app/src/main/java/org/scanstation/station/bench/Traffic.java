package org.scanstation.station.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.scanstation.simulator.backend.ReceivedRequest;

/**
 * What the simulated backend's request log shows for one stretch of time: creates answered 201,
 * reads, 429s, all requests. Counted from the backend's side, so a figure does not depend on what
 * the station believes it sent.
 *
 * @param from start (inclusive)
 * @param to end (exclusive)
 * @param creates creates answered 201
 * @param reads GET calls (answered or not)
 * @param limited requests answered 429
 * @param requests every request
 */
record Traffic(Instant from, Instant to, int creates, int reads, int limited, int requests) {

  /** The log's requests received in {@code [from, to)}. */
  static Traffic of(List<ReceivedRequest> log, Instant from, Instant to) {
    int creates = 0;
    int reads = 0;
    int limited = 0;
    int requests = 0;
    for (ReceivedRequest r : log) {
      if (r.at().isBefore(from) || !r.at().isBefore(to)) {
        continue;
      }
      requests++;
      if (r.status() == 429) {
        limited++;
      }
      if ("GET".equals(r.method())) {
        reads++;
      } else if ("POST".equals(r.method())
          && r.path().endsWith("/trackings")
          && r.status() == 201) {
        creates++;
      }
    }
    return new Traffic(from, to, creates, reads, limited, requests);
  }

  /** Seconds covered. */
  double seconds() {
    return Duration.between(from, to).toNanos() / 1e9;
  }

  /** Creates answered 201 per second. */
  double createsPerSecond() {
    return seconds() <= 0 ? 0 : creates / seconds();
  }

  /** 429s as a percentage of all requests. */
  double limitedPercent() {
    return requests == 0 ? 0 : 100.0 * limited / requests;
  }
}
