package org.scanstation.fleet.simulate;

/**
 * One wall-clock second of a simulation's report.
 *
 * @param second seconds since the first scan
 * @param at the second, ISO-8601 UTC
 * @param sent parcels accepted by the stations so far
 * @param published of them acknowledged by the broker so far
 * @param delivered of them created at the backend so far
 * @param requests requests the backend received in this second
 * @param rateLimited of them answered 429
 * @param lag the dispatchers' group lag at the second's last sample; -1 when unknown
 */
public record SecondRow(
    long second,
    String at,
    long sent,
    long published,
    long delivered,
    long requests,
    long rateLimited,
    long lag) {}
