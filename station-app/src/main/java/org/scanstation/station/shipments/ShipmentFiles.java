package org.scanstation.station.shipments;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.scanstation.station.StationException;
import org.scanstation.station.api.ShipmentRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads shipment import files, CSV (header row) or JSON (an array of objects), row by row in
 * constant memory. Rows come out unvalidated, with their line (CSV) or position (JSON); a row that
 * cannot even be read (a byte that is not UTF-8, an over-long line, the wrong number of columns) is
 * reported as a problem and the rest go on.
 */
public final class ShipmentFiles {
  /** Problem code: a byte that is not UTF-8. */
  public static final String INVALID_UTF8 = "INVALID_UTF8";

  /** Problem code: a line or record too long to be a shipment. */
  public static final String TOO_LONG = "TOO_LONG";

  /** Problem code: a row the format itself refuses (columns, quotes, nested values). */
  public static final String MALFORMED_ROW = "MALFORMED_ROW";

  /**
   * A row the file format itself refused.
   *
   * @param line the line (CSV) or position in the array (JSON), 1-based
   * @param column the character column of the fault on that line, or null
   * @param code what kind of fault: {@link #INVALID_UTF8}, {@link #TOO_LONG}, {@link
   *     #MALFORMED_ROW}
   * @param reason what is wrong, for a person
   */
  public record Unreadable(long line, Long column, String code, String reason) {}

  private ShipmentFiles() {}

  /**
   * Reads {@code file}; the format comes from its extension ({@code .csv} or {@code .json}). Blocks
   * on the file; calls the consumers in the caller's thread.
   *
   * @throws StationException naming the file when it cannot be opened, its format is unknown, or it
   *     cannot be read on past a fault (a CSV header, the structure of a JSON array)
   */
  public static void read(Path file, Consumer<ShipmentRecord> rows, Consumer<Unreadable> bad) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".csv") && !lower.endsWith(".json")) {
      throw new StationException(file + ": use a .csv or .json file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      if (lower.endsWith(".csv")) {
        readCsv(CsvRecords.of(name, in, bad), rows, bad);
      } else {
        JsonShipmentRows.read(name, in, rows, bad);
      }
    } catch (IOException | JacksonException e) {
      throw new StationException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Where a row is, for messages: {@code orders.csv line 7} or {@code orders.json element 7}. */
  public static String where(Path file, long line) {
    String name = file.getFileName().toString();
    boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
    return name + (json ? " element " : " line ") + line;
  }

  private static void readCsv(Reader r, Consumer<ShipmentRecord> rows, Consumer<Unreadable> bad) {
    CsvMapper csv = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    try (MappingIterator<List<String>> it = csv.readerForListOf(String.class).readValues(r)) {
      if (!it.hasNextValue()) {
        throw new StationException("the CSV file is empty; it needs a header row");
      }
      // Spreadsheets often save a byte-order mark in front of the first header.
      List<String> header =
          it.nextValue().stream()
              .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
              .toList();
      while (it.hasNextValue()) {
        long line = it.currentLocation().getLineNr();
        List<String> cells = it.nextValue();
        if (cells.size() == 1 && cells.get(0).isBlank()) {
          continue;
        }
        if (cells.size() != header.size()) {
          bad.accept(
              new Unreadable(
                  line,
                  null,
                  MALFORMED_ROW,
                  "has " + cells.size() + " columns, the header has " + header.size()));
          continue;
        }
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          fields.put(header.get(i), cells.get(i).isBlank() ? null : cells.get(i));
        }
        fields.put("line", line);
        rows.accept(JsonMapper.shared().convertValue(fields, ShipmentRecord.class));
      }
    }
  }
}
