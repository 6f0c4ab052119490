package org.scanstation.station.bench;

/**
 * One measured figure and the baseline measured in the same run.
 *
 * @param id a stable id for comparing runs ({@code accept.rate.1}); never changes with the wording
 * @param name what was measured
 * @param value the figure
 * @param unit its unit
 * @param baselineName the baseline, or null
 * @param baselineValue the baseline's figure (same unit), or 0
 * @param ratio value / baseline, or 0 without a baseline
 * @param note how it was measured
 */
public record Figure(
    String id,
    String name,
    double value,
    String unit,
    String baselineName,
    double baselineValue,
    double ratio,
    String note) {

  /** A figure against a baseline. */
  public static Figure of(
      String id,
      String name,
      double value,
      String unit,
      String baselineName,
      double baseline,
      String note) {
    return new Figure(
        id, name, value, unit, baselineName, baseline, baseline == 0 ? 0 : value / baseline, note);
  }

  /** A figure with no baseline. */
  public static Figure plain(String id, String name, double value, String unit, String note) {
    return new Figure(id, name, value, unit, null, 0, 0, note);
  }

  /** One line for people. */
  public String line() {
    String base =
        baselineName == null
            ? ""
            : String.format(
                "  (baseline %s: %.1f %s, ratio %.3f)", baselineName, baselineValue, unit, ratio);
    return String.format("%-58s %12.1f %-8s%s", name, value, unit, base);
  }
}
