package org.scanstation.fleet.simulate;

/**
 * A simulation's figures in total.
 *
 * @param sent parcels accepted by the stations
 * @param published of them acknowledged by the broker
 * @param delivered of them created at the backend
 * @param lost accepted but never created at the backend
 * @param duplicateCreates trackings the backend created more than once for one number
 * @param requests backend requests, every kind
 * @param redundantCalls requests beyond one per event (429s and repeats answered 4003 included)
 * @param answeredExisting creates answered 4003: a repeat the backend refused as existing
 * @param rateLimited requests answered 429
 * @param rateLimitedShare their share of the requests, 0 to 1
 * @param peakPerSecond the most requests in one wall-clock second
 * @param meanPerSecond requests per second from the first request's second to the last's
 * @param limit the backend's limit, requests a second
 * @param maxLag the highest group lag sampled
 * @param drainSeconds from the first scan until every accepted parcel was created (or the timeout)
 * @param idealDrainSeconds {@code parcels x stations / limit}
 * @param drained whether every accepted parcel was created before the timeout
 */
public record SimulationTotals(
    long sent,
    long published,
    long delivered,
    long lost,
    long duplicateCreates,
    long requests,
    long redundantCalls,
    long answeredExisting,
    long rateLimited,
    double rateLimitedShare,
    long peakPerSecond,
    double meanPerSecond,
    int limit,
    long maxLag,
    double drainSeconds,
    double idealDrainSeconds,
    boolean drained) {}
