package org.scanstation.simulator.backend;

import java.time.Instant;

/**
 * One webhook POST the backend made, for assertions.
 *
 * @param at when it was sent
 * @param eventId its {@code event_id}
 * @param event {@code tracking_update} or {@code tracking_pending_time}
 * @param trackingNumber the tracking it is about
 * @param attempt 1 for the first try
 * @param signedRightly whether it carried the right signature (false: the bad-signature fault)
 * @param status the receiver's answer, or 0 when none came
 */
public record SentWebhook(
    Instant at,
    String eventId,
    String event,
    String trackingNumber,
    int attempt,
    boolean signedRightly,
    int status) {}
