package org.scanstation.simulator.backend;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which webhooks are due: a {@code tracking_update} for each tracking whose checkpoints grew since
 * the last look, a {@code tracking_pending_time} once for one still Pending too long. It remembers
 * each tracking's previous delivery, for the out-of-order fault. Thread-safe: {@link #due} is
 * synchronized.
 */
final class WebhookWatch {
  /**
   * One delivery to make.
   *
   * @param event the event type
   * @param first whether the tracking reaches this tag for the first time
   * @param trackingNumber the tracking's number
   * @param msg the tracking object to send
   * @param ts the delivery's time, epoch seconds
   * @param older the tracking's previous delivery, or null
   */
  record Due(
      String event, boolean first, String trackingNumber, ObjectNode msg, long ts, Due older) {}

  private final Duration pendingAlertAfter;
  private final Map<String, Integer> notified = new HashMap<>();
  private final Map<String, Set<String>> tagsSeen = new HashMap<>();
  private final Map<String, Due> last = new HashMap<>();
  private final Set<String> alerted = new HashSet<>();

  /** Alerts on trackings Pending longer than {@code pendingAlertAfter} (null: never). */
  WebhookWatch(Duration pendingAlertAfter) {
    this.pendingAlertAfter = pendingAlertAfter;
  }

  /** The deliveries due for {@code trackings} as they stand at {@code now}. */
  synchronized List<Due> due(List<Tracking> trackings, Instant now) {
    List<Due> out = new ArrayList<>();
    for (Tracking t : trackings) {
      int n = t.checkpoints().size();
      if (n > notified.getOrDefault(t.id(), 0)) {
        notified.put(t.id(), n);
        boolean first = tagsSeen.computeIfAbsent(t.id(), k -> new HashSet<>()).add(t.tag());
        Due d =
            new Due(
                "tracking_update",
                first,
                t.trackingNumber(),
                t.toJson(),
                now.getEpochSecond(),
                last.get(t.id()));
        last.put(t.id(), new Due(d.event(), first, d.trackingNumber(), d.msg(), d.ts(), null));
        out.add(d);
      } else if (pendingTooLong(t, now) && alerted.add(t.id())) {
        out.add(
            new Due(
                "tracking_pending_time",
                false,
                t.trackingNumber(),
                t.toJson(),
                now.getEpochSecond(),
                null));
      }
    }
    return out;
  }

  private boolean pendingTooLong(Tracking t, Instant now) {
    return pendingAlertAfter != null
        && t.tag().equals("Pending")
        && !now.isBefore(t.progress().watchFrom().plus(pendingAlertAfter));
  }
}
