package org.scanstation.station.api;

/**
 * What the tracking backend must do to an existing tracking (delete it, mark it completed), stored
 * as JSON in the outbox next to the create it follows.
 *
 * @param slug the carrier slug of the tracking, {@code usps}
 * @param trackingNumber the tracking number digits, to look the tracking up when its id is unknown
 * @param reason for a completion: DELIVERED, LOST or RETURNED_TO_SENDER; null for a delete
 */
public record OutboxAction(String slug, String trackingNumber, String reason) {}
