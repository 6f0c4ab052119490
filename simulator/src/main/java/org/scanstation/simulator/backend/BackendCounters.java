package org.scanstation.simulator.backend;

/**
 * What the backend has answered so far.
 *
 * @param requests requests received (every one, refused connections aside)
 * @param creates trackings created (201, and creates whose answer was dropped)
 * @param duplicates creates refused as existing (4003)
 * @param invalid creates refused as invalid (4005, 4007, 4010)
 * @param rateLimited requests answered 429
 * @param unauthorized requests answered 401
 * @param injectedFailures requests answered with a simulated 5xx
 * @param dropped requests whose connection was closed without an answer
 */
public record BackendCounters(
    long requests,
    long creates,
    long duplicates,
    long invalid,
    long rateLimited,
    long unauthorized,
    long injectedFailures,
    long dropped) {}
