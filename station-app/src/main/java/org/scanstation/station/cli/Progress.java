package org.scanstation.station.cli;

/**
 * How far a long command has got, shown to the person at the terminal on standard error: a bar, a
 * plain line now and then, or nothing. Never writes to standard output, which carries results. Made
 * by {@link ProgressDisplay}. Not thread-safe: one command thread reports.
 */
interface Progress extends AutoCloseable {
  /** Shows nothing: {@code --quiet}. */
  Progress NONE =
      new Progress() {
        @Override
        public void at(long done) {}

        @Override
        public void close() {}
      };

  /** {@code done} units of the total so far (rows, bytes, entries). Never blocks on the store. */
  void at(long done);

  /**
   * A line for the person at the terminal (a benchmark's figure), shown above the progress rather
   * than through it. Nothing with {@code --quiet}.
   */
  default void note(String line) {}

  /** The last figure is shown and the display ends its line. */
  @Override
  void close();
}
