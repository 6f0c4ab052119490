package org.scanstation.station.bench;

import java.util.List;

/**
 * A benchmark run: where it ran and what it measured.
 *
 * @param startedAt ISO-8601
 * @param quick whether the short variant ran
 * @param cores available processors
 * @param java Java runtime version
 * @param os operating system
 * @param figures the figures, each with its baseline
 */
public record BenchReport(
    String startedAt, boolean quick, int cores, String java, String os, List<Figure> figures) {}
