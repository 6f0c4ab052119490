package org.scanstation.simulator.printer;

import java.util.Map;

/** The line grammar of a raster language (TSPL or EPL2) as {@link RasterJobSplitter} uses it. */
sealed interface RasterDialect permits TsplDialect, EplDialect {
  /** What a complete line (without its CR LF) means. */
  RasterCommand command(String line);

  /** Whether the line so far starts a bitmap command whose header ends at its last comma. */
  boolean headerComplete(String lineSoFar);

  /** The header in a line {@link #headerComplete} accepted, or null when its numbers are bad. */
  BitmapHeader header(String lineSoFar);

  /** Immediate status queries: the bytes on the wire to the command name the engine answers. */
  Map<String, String> immediates();

  /** Whether an immediate query counts anywhere in a line (TSPL) or only as a line's start. */
  boolean immediatesAnywhere();
}
