package org.scanstation.station.api;

/**
 * Outbox backlog figures.
 *
 * @param pending entries waiting to be delivered
 * @param quarantined entries waiting for a person
 * @param delivered delivered entries still kept
 * @param oldestPendingAt ISO-8601 creation time of the oldest waiting entry, or null
 * @param oldestPendingAgeSeconds its age in seconds, or 0
 */
public record OutboxReport(
    long pending,
    long quarantined,
    long delivered,
    String oldestPendingAt,
    long oldestPendingAgeSeconds) {}
