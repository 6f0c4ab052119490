package org.scanstation.simulator.printer;

/** What one complete TSPL or EPL2 command line means to the printer. */
sealed interface RasterCommand {
  /** A setting (size, gap, darkness...): accepted, nothing to draw. */
  record Setting() implements RasterCommand {}

  /** Clears the image buffer ({@code CLS}, {@code N}). */
  record Clear() implements RasterCommand {}

  /** Prints the image buffer and ends the job ({@code PRINT}, {@code P}). */
  record Print(int labels) implements RasterCommand {}

  /** Not understood: refused with the line. */
  record Unknown() implements RasterCommand {}
}
