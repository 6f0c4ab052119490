package org.scanstation.simulator.backend;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /trackings}: its filters ({@code tracking_numbers}, {@code updated_at_min}, {@code
 * updated_at_max} inclusive, {@code tag}), {@code limit} (1 to 200, default 100) and cursor paging
 * ({@code pagination.next_cursor}, {@code has_next_page}), over the trackings in creation order. A
 * value that is not one of these forms is a 400 naming the parameter. Pure; thread-safe.
 *
 * @param numbers the numbers asked for (upper case), or empty for all
 * @param updatedMin the earliest {@code updated_at}, or null
 * @param updatedMax the latest {@code updated_at}, or null
 * @param tags the tags asked for, or empty for all
 * @param limit the page size
 * @param offset where the page starts, from the cursor
 */
record TrackingQuery(
    Set<String> numbers,
    Instant updatedMin,
    Instant updatedMax,
    Set<String> tags,
    int limit,
    int offset) {
  /** The parameters {@code GET /trackings} takes. */
  static final Set<String> PARAMETERS =
      Set.of("tracking_numbers", "updated_at_min", "updated_at_max", "tag", "limit", "cursor");

  static final int MAX_LIMIT = 200;
  static final int DEFAULT_LIMIT = 100;
  private static final Set<String> TAGS =
      Set.of(
          "Pending",
          "InfoReceived",
          "InTransit",
          "OutForDelivery",
          "AttemptFail",
          "Delivered",
          "AvailableForPickup",
          "Exception",
          "Expired");

  /** The query the parsed parameters ask for. */
  static TrackingQuery of(Map<String, String> p) {
    return new TrackingQuery(
        list(p.get("tracking_numbers")).stream()
            .map(n -> n.toUpperCase(Locale.ROOT))
            .collect(Collectors.toSet()),
        time(p, "updated_at_min"),
        time(p, "updated_at_max"),
        tags(p.get("tag")),
        limit(p.get("limit")),
        offset(p.get("cursor")));
  }

  /** The page of {@code all} (creation order) this query selects, as the API's {@code data}. */
  ObjectNode page(List<Tracking> all) {
    List<Tracking> found = all.stream().filter(this::matches).toList();
    int from = Math.min(offset, found.size());
    int to = Math.min(from + limit, found.size());
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    ObjectNode page = data.putObject("pagination");
    page.put("total", found.size());
    boolean more = to < found.size();
    if (more) {
      page.put("next_cursor", cursor(to));
    } else {
      page.putNull("next_cursor");
    }
    page.put("has_next_page", more);
    ArrayNode trackings = data.putArray("trackings");
    found.subList(from, to).forEach(t -> trackings.add(t.toJson()));
    return data;
  }

  private boolean matches(Tracking t) {
    return (numbers.isEmpty() || numbers.contains(t.trackingNumber().toUpperCase(Locale.ROOT)))
        && (updatedMin == null || !t.updatedAt().isBefore(updatedMin))
        && (updatedMax == null || !t.updatedAt().isAfter(updatedMax))
        && (tags.isEmpty() || tags.contains(t.tag()));
  }

  private static List<String> list(String csv) {
    return csv == null || csv.isBlank()
        ? List.of()
        : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Instant time(Map<String, String> p, String name) {
    String v = p.get(name);
    if (v == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(v.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(
          4001, "The value of `" + name + "` is invalid: use ISO 8601, e.g. 2026-01-05T08:00:00Z.");
    }
  }

  private static Set<String> tags(String csv) {
    Set<String> out = Set.copyOf(list(csv));
    for (String t : out) {
      if (!TAGS.contains(t)) {
        throw ApiError.badRequest(4001, "The value of `tag` is invalid: " + t + ".");
      }
    }
    return out;
  }

  private static int limit(String v) {
    if (v == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiError.badRequest(4001, "The value of `limit` is invalid: use 1 to " + MAX_LIMIT + ".");
  }

  /** Cursors are opaque to clients; here they carry the offset of the next page. */
  private static String cursor(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("o" + offset).getBytes(StandardCharsets.US_ASCII));
  }

  private static int offset(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      if (s.startsWith("o")) {
        int n = Integer.parseInt(s.substring(1));
        if (n >= 0) {
          return n;
        }
      }
    } catch (IllegalArgumentException e) {
      // answered below (NumberFormatException is one)
    }
    throw ApiError.badRequest(4001, "The value of `cursor` is invalid.");
  }
}
