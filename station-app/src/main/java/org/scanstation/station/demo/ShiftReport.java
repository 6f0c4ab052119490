package org.scanstation.station.demo;

import java.util.List;
import java.util.Map;

/**
 * What a simulated shift showed: what was sent, what the station made of it, what reached the
 * printer and the backend, and how long a label took.
 *
 * @param scansSent scans the simulated scanner sent
 * @param results results the station gave for them
 * @param accepted parcels accepted
 * @param duplicates scans recognised as duplicates
 * @param rejectedByReason rejections per reason code
 * @param mismatches scans whose result differs from the scenario's expectation
 * @param mismatchExamples the first few, for people
 * @param labelsPrinted distinct parcels whose label the printer printed
 * @param eventsSynced distinct parcels the backend has a tracking for
 * @param duplicateTrackingsAtBackend trackings the backend holds more than once (must be 0)
 * @param lost scans without a result + acceptances without a printed label + acceptances the
 *     backend never got (must be 0)
 * @param chainIntact whether the acceptance hash chain verifies afterwards
 * @param latencyMs scan sent by the scanner to label complete at the printer: p50, p90, p99, max
 * @param faults what was injected, in order
 */
public record ShiftReport(
    int scansSent,
    int results,
    int accepted,
    int duplicates,
    Map<String, Integer> rejectedByReason,
    int mismatches,
    List<String> mismatchExamples,
    int labelsPrinted,
    int eventsSynced,
    int duplicateTrackingsAtBackend,
    int lost,
    boolean chainIntact,
    Map<String, Double> latencyMs,
    List<String> faults) {}
