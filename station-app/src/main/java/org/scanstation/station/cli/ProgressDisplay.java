package org.scanstation.station.cli;

import java.time.Clock;

/**
 * Starts the progress display of a long command in the mode {@link ProgressMode} chooses: a bar, a
 * plain line now and then, or nothing. Pure factory; the display it returns is used by one thread.
 */
final class ProgressDisplay {
  private ProgressDisplay() {}

  /**
   * A display for {@code task} (e.g. "import"), counting {@code unit}s (e.g. "rows").
   *
   * @param total the units expected, or a negative number when it is not known (a counter)
   */
  static Progress start(
      CliContext context, ProgressOptions options, String task, String unit, long total) {
    return switch (ProgressMode.of(context, options.quiet())) {
      case BAR -> new BarProgress(context.err(), context.env(), task, unit, total);
      case LINES -> new LineProgress(context.err(), Clock.systemUTC(), task, unit, total);
      case OFF -> Progress.NONE;
    };
  }
}
