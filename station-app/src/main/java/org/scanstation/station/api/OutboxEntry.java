package org.scanstation.station.api;

/**
 * One outbox entry as shown to people.
 *
 * @param eventId the entry's id: the acceptance's event id for a create, the void's for a delete
 * @param trackingNumber the parcel
 * @param status PENDING, DELIVERED, QUARANTINED or CANCELLED (withdrawn unsent by a void)
 * @param attempts failed attempts
 * @param nextAttemptAt ISO-8601
 * @param lastError the last error, or null
 * @param createdAt ISO-8601
 * @param kind CREATE, DELETE (a voided acceptance) or COMPLETE (marked completed)
 */
public record OutboxEntry(
    String eventId,
    String trackingNumber,
    String status,
    int attempts,
    String nextAttemptAt,
    String lastError,
    String createdAt,
    String kind) {}
