package org.scanstation.station.shipments;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads shipment import files, CSV (header row) or JSON (an array of objects), row by row in
 * constant memory. Rows come out unvalidated, with their line (CSV) or position (JSON); a row that
 * cannot even be read is reported as a problem and the rest go on.
 */
public final class ShipmentFiles {
  /** A row the file format itself refused. */
  public record Unreadable(long line, String reason) {}

  private ShipmentFiles() {}

  /**
   * Reads {@code file}; the format comes from its extension ({@code .csv} or {@code .json}).
   *
   * @throws StationException naming the file when it cannot be opened or its format is unknown
   */
  public static void read(Path file, Consumer<ShipmentRecord> rows, Consumer<Unreadable> bad) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (name.endsWith(".csv")) {
        readCsv(r, rows, bad);
      } else if (name.endsWith(".json")) {
        readJson(r, rows, bad);
      } else {
        throw new StationException(file + ": use a .csv or .json file");
      }
    } catch (IOException | JacksonException e) {
      throw new StationException("cannot read " + file + ": " + e.getMessage(), e);
    }
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
                  line, "has " + cells.size() + " columns, the header has " + header.size()));
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

  private static void readJson(Reader r, Consumer<ShipmentRecord> rows, Consumer<Unreadable> bad) {
    JsonMapper json = JsonMapper.shared();
    ObjectReader objects =
        json.readerFor(Map.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    try (JsonParser p = json.createParser(r)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new StationException("the JSON file must hold an array of shipment objects");
      }
      long index = 0;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        index++;
        Map<String, Object> fields = objects.readValue(p);
        String nested =
            fields.entrySet().stream()
                .filter(e -> e.getValue() instanceof Map || e.getValue() instanceof List)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        if (nested != null) {
          bad.accept(new Unreadable(index, "field " + nested + " is not a single value"));
          continue;
        }
        fields.replaceAll((k, v) -> v == null ? null : String.valueOf(v));
        fields.put("line", index);
        rows.accept(json.convertValue(fields, ShipmentRecord.class));
      }
    }
  }
}
