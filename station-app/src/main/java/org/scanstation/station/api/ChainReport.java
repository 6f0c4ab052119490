package org.scanstation.station.api;

/**
 * The result of recomputing the acceptance hash chain.
 *
 * @param intact whether every link verified
 * @param checked acceptances checked
 * @param firstBadSeq the first acceptance (chain position) that fails, or null
 * @param firstBadTrackingNumber its tracking number, or null
 * @param problem what is wrong there, or null
 */
public record ChainReport(
    boolean intact,
    long checked,
    Long firstBadSeq,
    String firstBadTrackingNumber,
    String problem) {}
