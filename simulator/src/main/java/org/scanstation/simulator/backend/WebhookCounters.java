package org.scanstation.simulator.backend;

/**
 * What the backend's webhooks did since start.
 *
 * @param deliveries distinct deliveries made (each {@code event_id} once)
 * @param attempts POSTs sent, retries and duplicates included
 * @param answered2xx attempts the receiver answered 2xx
 * @param answeredOther attempts answered with another status
 * @param unanswered attempts that got no answer (refused, timed out)
 * @param givenUp deliveries dropped after the last attempt
 */
public record WebhookCounters(
    long deliveries,
    long attempts,
    long answered2xx,
    long answeredOther,
    long unanswered,
    long givenUp) {}
