package org.scanstation.station.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.scanstation.station.StationException;

/**
 * How progress is shown: a bar when standard error is a terminal, a plain line now and then when it
 * is a file, a pipe or the journal, nothing with {@code --quiet}.
 *
 * <p>Java's {@code System.console()} is null whenever standard output is redirected, which is the
 * very case that needs a bar ({@code station export > file.csv} at a terminal), so standard error
 * is asked directly: on Linux {@code /proc/self/fd/2} links to {@code /dev/pts/N} or {@code
 * /dev/ttyN} for a terminal. A command whose {@link CliContext#err()} is not the process's own
 * standard error (tests, embedding) is never a terminal. {@code STATION_PROGRESS=bar|lines|off}
 * overrides the choice; {@code TERM=dumb} gets lines.
 */
enum ProgressMode {
  BAR,
  LINES,
  OFF;

  /** The environment variable that overrides the detection. */
  static final String OVERRIDE = "STATION_PROGRESS";

  /** The mode for a command run with these streams; pure apart from reading the fd link. */
  static ProgressMode of(CliContext context, boolean quiet) {
    if (quiet) {
      return OFF;
    }
    String forced = context.env().get(OVERRIDE);
    if (forced != null && !forced.isBlank()) {
      return parse(forced);
    }
    if ("dumb".equals(context.env().get("TERM"))) {
      return LINES;
    }
    return context.err() == System.err && stderrIsTerminal() ? BAR : LINES;
  }

  private static ProgressMode parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new StationException(
          OVERRIDE + "=" + value + " is not a progress mode; use bar, lines or off");
    }
  }

  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // no /proc (not Linux): plain lines are always safe to show
    }
  }
}
