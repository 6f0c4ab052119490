package org.scanstation.simulator.printer;

/**
 * The head of a TSPL {@code BITMAP} or EPL2 {@code GW} command: where the raster goes and how many
 * payload bytes follow the last comma.
 *
 * @param x left edge in dots
 * @param y top edge in dots
 * @param widthBytes bytes per row (8 dots each)
 * @param height rows
 * @param mode TSPL 0 overwrite, 1 OR, 2 XOR; EPL2 always 0
 */
record BitmapHeader(int x, int y, int widthBytes, int height, int mode) {
  /** Payload bytes that follow the header. */
  long size() {
    return (long) widthBytes * height;
  }

  /**
   * Why the printer refuses this bitmap in a job already holding {@code jobPayload} bytes, or null.
   */
  String misfit(long jobPayload, long maxJobPayload) {
    if (widthBytes < 1 || height < 1) {
      return "an empty bitmap";
    }
    if (x + widthBytes * 8L > Raster.MAX_DOTS || y + (long) height > Raster.MAX_DOTS) {
      return "beyond the " + Raster.MAX_DOTS + "-dot page the simulator draws";
    }
    if (jobPayload + size() > maxJobPayload) {
      return "more than " + maxJobPayload + " bitmap bytes in one job";
    }
    return null;
  }
}
