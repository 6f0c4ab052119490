package org.scanstation.station.bench;

import java.util.Arrays;

/** Throughput of a piece of work: warm up, then the median of several timed rounds. */
final class Timing {
  /** One round of work of {@code n} operations. */
  @FunctionalInterface
  interface Work {
    void run(int n) throws Exception;
  }

  private Timing() {}

  /** Operations per second: median over {@code rounds} rounds of {@code n}, after a warm-up. */
  static double opsPerSecond(Work work, int n, int rounds) throws Exception {
    work.run(Math.max(1, n / 2));
    double[] rates = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      work.run(n);
      rates[r] = n / ((System.nanoTime() - t0) / 1e9);
    }
    Arrays.sort(rates);
    return rates[rounds / 2];
  }

  /** The p-th percentile (0-100) of sorted values. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
