package org.scanstation.station.api;

/**
 * One outbox entry as shown to people.
 *
 * @param eventId the acceptance's event id
 * @param trackingNumber the parcel
 * @param status PENDING, DELIVERED or QUARANTINED
 * @param attempts failed attempts
 * @param nextAttemptAt ISO-8601
 * @param lastError the last error, or null
 * @param createdAt ISO-8601
 */
public record OutboxEntry(
    String eventId,
    String trackingNumber,
    String status,
    int attempts,
    String nextAttemptAt,
    String lastError,
    String createdAt) {}
