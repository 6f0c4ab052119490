package org.scanstation.station.api;

import java.time.Instant;

/**
 * How the sync is doing, for the supervisor page and {@code station outbox stats}.
 *
 * @param backend where it sends (never the key)
 * @param running whether the job runs
 * @param paused whether it stopped itself (a refused key or wrong URL)
 * @param pauseReason why, when paused
 * @param pending entries waiting
 * @param quarantined entries waiting for a person
 * @param oldestPendingAt when the oldest waiting entry was written, or null
 * @param delivered deliveries since start
 * @param rateLimited 429 answers since start
 * @param failures failed attempts (retried) since start
 * @param deliveredPerSecond deliveries per second over the last ten seconds
 */
public record SyncStatus(
    String backend,
    boolean running,
    boolean paused,
    String pauseReason,
    long pending,
    long quarantined,
    Instant oldestPendingAt,
    long delivered,
    long rateLimited,
    long failures,
    double deliveredPerSecond) {}
