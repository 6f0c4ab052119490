package org.scanstation.station.api;

/**
 * What the tracking backend must receive for one acceptance, stored as JSON in the outbox. The sync
 * job turns it into the backend's request; the event id is the idempotency key.
 *
 * @param eventId the acceptance's event id
 * @param trackingNumber the tracking number digits
 * @param slug the carrier slug, {@code usps}
 * @param orderId the merchant's order id, or null
 * @param title a title for the tracking (the order id, else the tracking number)
 * @param destinationZip the routing or delivery ZIP, or null
 * @param stationId the accepting station
 * @param operatorId the operator
 * @param acceptedAt ISO-8601 UTC time of acceptance
 * @param partnerEventCode USPS partner event code (81)
 */
public record OutboxPayload(
    String eventId,
    String trackingNumber,
    String slug,
    String orderId,
    String title,
    String destinationZip,
    String stationId,
    String operatorId,
    String acceptedAt,
    String partnerEventCode) {}
