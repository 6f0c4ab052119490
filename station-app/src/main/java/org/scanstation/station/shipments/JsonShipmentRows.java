package org.scanstation.station.shipments;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.scanstation.station.StationException;
import org.scanstation.station.api.ShipmentRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON array of shipment objects token by token: memory stays within one object, whose
 * values are bounded by the parser's limits. An object with a byte that is not UTF-8, a nested
 * value or too many fields is reported and skipped; a fault outside any object ends the read,
 * naming its line and column. Stateless; each call is independent.
 */
final class JsonShipmentRows {
  /** A shipment has seventeen fields; a few more are tolerated and ignored. */
  private static final int MAX_FIELDS = 64;

  private static final int MAX_KEPT_BAD_BYTES = 1024;

  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxStringLength(CsvRecords.MAX_RECORD_CHARS)
                          .maxNameLength(1024)
                          .maxNestingDepth(64)
                          .build())
                  .build())
          .build();

  private JsonShipmentRows() {}

  static void read(
      String name,
      InputStream in,
      Consumer<ShipmentRecord> rows,
      Consumer<ShipmentFiles.Unreadable> bad) {
    Deque<StrictUtf8Reader.BadByte> badBytes = new ArrayDeque<>();
    // The queue only says where; past its bound the U+FFFD left in a value still refuses the row.
    Consumer<StrictUtf8Reader.BadByte> keep =
        b -> {
          if (badBytes.size() < MAX_KEPT_BAD_BYTES) {
            badBytes.addLast(b);
          }
        };
    try (JsonParser p = JSON.createParser(new StrictUtf8Reader(in, keep))) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw new StationException("the JSON file must hold an array of shipment objects");
      }
      long index = 0;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        index++;
        Map<String, String> fields = new HashMap<>();
        String fault = readObject(p, fields);
        StrictUtf8Reader.BadByte b = firstBefore(badBytes, p.currentLocation());
        if (b != null) {
          bad.accept(
              new ShipmentFiles.Unreadable(
                  index,
                  null,
                  ShipmentFiles.INVALID_UTF8,
                  b.describe() + " at line " + b.line() + " column " + b.column()));
        } else if (fields.values().stream().anyMatch(v -> v != null && v.contains("\uFFFD"))) {
          bad.accept(
              new ShipmentFiles.Unreadable(
                  index,
                  null,
                  ShipmentFiles.INVALID_UTF8,
                  "contains U+FFFD, which stands for bytes that are not UTF-8"));
        } else if (fault != null) {
          bad.accept(new ShipmentFiles.Unreadable(index, null, ShipmentFiles.MALFORMED_ROW, fault));
        } else {
          Map<String, Object> row = new HashMap<>(fields);
          row.put("line", index);
          rows.accept(JSON.convertValue(row, ShipmentRecord.class));
        }
      }
    } catch (JacksonException e) {
      StrictUtf8Reader.BadByte b = badBytes.peekFirst();
      if (b == null) {
        throw e;
      }
      throw new StationException(
          name
              + " line "
              + b.line()
              + " column "
              + b.column()
              + ": "
              + b.describe()
              + " between the objects, so the rest of the array cannot be read; save the file"
              + " as UTF-8",
          e);
    }
  }

  /** Reads the fields of the object just opened; returns why it is not a row, or null. */
  private static String readObject(JsonParser p, Map<String, String> fields) {
    String fault = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        p.skipChildren();
        fault = fault != null ? fault : "field " + field + " is not a single value";
      } else if (fields.size() >= MAX_FIELDS) {
        fault = fault != null ? fault : "has more than " + MAX_FIELDS + " fields";
      } else {
        fields.put(field, value == JsonToken.VALUE_NULL ? null : p.getString());
      }
    }
    return fault;
  }

  /** The first bad byte before {@code end}, dropping every one before it. */
  private static StrictUtf8Reader.BadByte firstBefore(
      Deque<StrictUtf8Reader.BadByte> badBytes, TokenStreamLocation end) {
    StrictUtf8Reader.BadByte first = null;
    while (!badBytes.isEmpty() && badBytes.peekFirst().before(end.getLineNr(), end.getColumnNr())) {
      StrictUtf8Reader.BadByte b = badBytes.pollFirst();
      first = first != null ? first : b;
    }
    return first;
  }
}
