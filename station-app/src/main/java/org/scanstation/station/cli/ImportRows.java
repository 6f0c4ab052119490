package org.scanstation.station.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The rows an import file is expected to hold, for the progress total. Pure apart from reading. */
final class ImportRows {
  private ImportRows() {}

  /**
   * Lines after the header of a CSV file (a quoted cell with a line break makes it a little high,
   * which only makes the bar end early), or -1 for JSON, whose objects are not counted before they
   * are parsed. Reads the file once, fast: bytes, not rows.
   */
  static long expected(Path file) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return -1;
    }
    long lines = 0;
    int last = '\n';
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        last = buffer[n - 1];
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " to count its rows", e);
    }
    long all = last == '\n' ? lines : lines + 1;
    return Math.max(0, all - 1);
  }
}
