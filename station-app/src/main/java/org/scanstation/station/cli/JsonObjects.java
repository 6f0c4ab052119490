package org.scanstation.station.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one flat JSON object whose fields are all known: each value a string, a number or null. An
 * unknown field is an error, so a typo never silently drops a value. Stateless.
 */
final class JsonObjects {
  private static final int SHOWN = 40;

  private JsonObjects() {}

  /**
   * The object's non-null fields as text, in the order given.
   *
   * @param what names the input in messages, e.g. {@code --to} or {@code --shipment FILE}
   * @throws IllegalArgumentException naming the input and the field when it is not such an object
   */
  static Map<String, String> read(String json, List<String> known, String what) {
    JsonNode node;
    try {
      node = JsonMapper.shared().readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(
          what + " must be a JSON object {\"field\": \"value\", ...}");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = field.getKey();
      if (!known.contains(key)) {
        throw new IllegalArgumentException(
            what
                + ": unknown field \""
                + printable(key)
                + "\"; known: "
                + String.join(", ", known));
      }
      JsonNode value = field.getValue();
      if (value.isNull()) {
        continue;
      }
      if (!value.isString() && !value.isNumber()) {
        throw new IllegalArgumentException(
            what + ": field \"" + key + "\" must be a string or a number");
      }
      values.put(key, text(value));
    }
    return values;
  }

  /** A decimal number field, or null when absent. */
  static BigDecimal decimal(Map<String, String> values, String key, String what) {
    String v = values.get(key);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          what + ": field \"" + key + "\" must be a number, got \"" + printable(v) + "\"");
    }
  }

  private static String text(JsonNode value) {
    if (value.isString()) {
      return value.stringValue();
    }
    // Numbers keep every digit: a 22-digit tracking number must not pass through a double.
    return value.isIntegralNumber()
        ? value.bigIntegerValue().toString()
        : value.decimalValue().toPlainString();
  }

  /** Untrusted text for a message: printable ASCII, the rest as \\uXXXX, at most 40 chars. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && i < SHOWN; i++) {
      char c = s.charAt(i);
      b.append(
          c >= 0x20 && c < 0x7F
              ? String.valueOf(c)
              : String.format(Locale.ROOT, "\\u%04X", (int) c));
    }
    return s.length() > SHOWN ? b + "..." : b.toString();
  }
}
