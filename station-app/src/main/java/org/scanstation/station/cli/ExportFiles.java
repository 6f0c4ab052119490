package org.scanstation.station.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * What the row exports ({@code export}, {@code manifest export}) share: where rows go, the header.
 */
final class ExportFiles {
  private ExportFiles() {}

  /** A UTF-8 writer to {@code out}, or to standard output (never closed) when it is null. */
  static Writer writer(CliContext context, Path out) throws IOException {
    return out != null
        ? Files.newBufferedWriter(out, StandardCharsets.UTF_8)
        : new BufferedWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8)) {
          @Override
          public void close() throws IOException {
            flush(); // never close the process's standard output
          }
        };
  }

  /** The CSV header line of {@code schema}: its column names, unquoted, then a line break. */
  static String header(CsvSchema schema) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < schema.size(); i++) {
      b.append(i == 0 ? "" : ",").append(schema.columnName(i));
    }
    return b.append('\n').toString();
  }
}
