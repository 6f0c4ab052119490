package org.scanstation.station.ratelimit;

import java.time.Instant;

/**
 * What one answer of a rate-limited backend said about its window, in the words the {@link
 * RateGate} needs, whichever call (a create, a read) it answered.
 *
 * @param succeeded whether the call did what it asked (a reason to speed up again)
 * @param limitedUntil for a 429: when the window resets; else null
 * @param remaining requests left in the window, or -1 when not said
 * @param resetAt when the window resets, or null when not said
 * @param limit requests allowed per window, or -1 when not said
 */
public record WindowReport(
    boolean succeeded, Instant limitedUntil, int remaining, Instant resetAt, int limit) {}
