package org.scanstation.station.cli;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress as a redrawn bar with rate and ETA on a terminal, drawn by {@code
 * me.tongfei:progressbar} on the command's own standard error. The library redraws from its own
 * daemon thread every {@link #REDRAW_MS} ms, so the elapsed time moves while one long store call
 * blocks. {@link #at} is thread-safe (the library keeps the figure atomically).
 */
final class BarProgress implements Progress {
  static final int REDRAW_MS = 200;
  private static final int DEFAULT_WIDTH = 80;

  private final ProgressBar bar;
  private final PrintStream err;
  private final int width;

  /**
   * @param total the units expected, or a negative number when unknown (a counter, no ETA)
   */
  BarProgress(PrintStream err, Map<String, String> env, String task, String unit, long total) {
    // The library's own width detection asks the process's terminal through JLine, which is not
    // the stream we were given; COLUMNS (set by shells) or 80 is what we can know of ours.
    this.err = err;
    this.width = width(env);
    bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total < 0 ? -1 : total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" " + unit, 1)
            .showSpeed()
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setUpdateIntervalMillis(REDRAW_MS)
            .setConsumer(new ConsoleProgressBarConsumer(err, width))
            .build();
  }

  @Override
  public void at(long done) {
    bar.stepTo(done);
  }

  /**
   * Overwrites the bar's line with {@code line} and ends it; the library draws the bar again on the
   * next line at its next redraw. One print call, so the library's thread cannot split it.
   */
  @Override
  public void note(String line) {
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())) + "\n");
  }

  @Override
  public void close() {
    bar.close();
  }

  private static int width(Map<String, String> env) {
    try {
      int columns = Integer.parseInt(env.getOrDefault("COLUMNS", "").strip());
      return columns >= 20 ? columns - 1 : DEFAULT_WIDTH;
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }
}
