package org.scanstation.station.api;

/**
 * A recorded completion, on its way to the backend through the outbox.
 *
 * @param trackingNumber the parcel
 * @param as DELIVERED, LOST or RETURNED_TO_SENDER
 * @param state the parcel's carrier state now: COMPLETED
 * @param stateReason "{@code <AS>: <the supervisor's reason>}"
 * @param entryId the outbox entry that carries it to the backend
 */
public record CompleteOutcome(
    String trackingNumber, String as, String state, String stateReason, String entryId) {}
