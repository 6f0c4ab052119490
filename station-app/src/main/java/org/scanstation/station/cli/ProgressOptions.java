package org.scanstation.station.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --quiet} option of the long commands, mixed in with {@code @Mixin}. Progress goes to
 * standard error only; results on standard output are the same with or without it.
 */
final class ProgressOptions {
  @Option(
      names = {"-q", "--quiet"},
      description =
          "No progress on standard error (a bar on a terminal, else a line every 5 s or 10%%;"
              + " STATION_PROGRESS=bar|lines|off overrides). Results are unchanged.")
  private boolean quiet;

  boolean quiet() {
    return quiet;
  }
}
