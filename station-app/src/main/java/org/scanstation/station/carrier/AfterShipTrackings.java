package org.scanstation.station.carrier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierTag;
import org.scanstation.station.domain.carrier.UspsEventCodes;
import tools.jackson.databind.JsonNode;

/**
 * The one mapping of an AfterShip 2024-04 tracking object (a read answer's or a webhook's {@code
 * msg}) to a {@link CarrierReading}: strict about the types of the fields it uses (a number where
 * text belongs is an error, not a guess), tolerant of fields it does not know. Pure; thread-safe.
 */
final class AfterShipTrackings {
  /** Most checkpoints kept per tracking; a longer list keeps its first and last halves. */
  static final int MAX_CHECKPOINTS = 200;

  private AfterShipTrackings() {}

  /**
   * The readings of a {@code trackings} array.
   *
   * @throws IllegalArgumentException naming the field that does not have its type
   */
  static List<CarrierReading> readings(JsonNode trackings) {
    if (!trackings.isArray()) {
      throw new IllegalArgumentException("data.trackings is not a list");
    }
    List<CarrierReading> out = new ArrayList<>(trackings.size());
    trackings.forEach(t -> out.add(reading(t)));
    return out;
  }

  /**
   * The reading of one tracking object.
   *
   * @throws IllegalArgumentException naming the field that does not have its type
   */
  static CarrierReading reading(JsonNode t) {
    if (!t.isObject()) {
      throw new IllegalArgumentException("a tracking is not an object");
    }
    String number = text(t, "tracking_number");
    if (number == null || number.isBlank()) {
      throw new IllegalArgumentException("a tracking has no tracking_number");
    }
    String signer = text(t, "signed_by");
    JsonNode active = t.path("active");
    if (!active.isMissingNode() && !active.isNull() && !active.isBoolean()) {
      throw new IllegalArgumentException("active of tracking " + number + " is not true/false");
    }
    return new CarrierReading(
        number.strip(),
        CarrierSource.AFTERSHIP,
        text(t, "id"),
        CarrierTag.fromWire(text(t, "tag")).orElse(null),
        text(t, "subtag"),
        !active.isBoolean() || active.asBoolean(),
        events(number.strip(), t.path("checkpoints"), signer));
  }

  private static List<CarrierEvent> events(String number, JsonNode cps, String signer) {
    if (cps.isMissingNode() || cps.isNull()) {
      return List.of();
    }
    if (!cps.isArray()) {
      throw new IllegalArgumentException("checkpoints of tracking " + number + " is not a list");
    }
    List<JsonNode> kept = new ArrayList<>();
    int n = cps.size();
    int half = MAX_CHECKPOINTS / 2;
    // The first checkpoints hold the acceptance, the last the delivery: keep both ends.
    for (int i = 0; i < n; i++) {
      if (n <= MAX_CHECKPOINTS || i < half || i >= n - half) {
        kept.add(cps.get(i));
      }
    }
    List<CarrierEvent> out = new ArrayList<>(kept.size());
    for (JsonNode c : kept) {
      out.add(event(number, c, signer));
    }
    return out;
  }

  private static CarrierEvent event(String number, JsonNode c, String signer) {
    if (!c.isObject()) {
      throw new IllegalArgumentException(
          "a checkpoint of tracking " + number + " is not an object");
    }
    CarrierTag tag = CarrierTag.fromWire(text(c, "tag")).orElse(null);
    String code = text(c, "raw_tag");
    boolean delivery = tag == CarrierTag.DELIVERED || UspsEventCodes.isDelivery(code);
    return new CarrierEvent(
        number,
        CarrierSource.AFTERSHIP,
        time(number, text(c, "checkpoint_time")),
        code,
        tag,
        text(c, "subtag"),
        location(c),
        text(c, "zip"),
        text(c, "message"),
        delivery ? signer : null);
  }

  private static String location(JsonNode c) {
    List<String> parts = new ArrayList<>();
    for (String f : new String[] {"city", "state", "country_region"}) {
      String v = text(c, f);
      if (v != null && !v.isBlank()) {
        parts.add(v.strip());
      }
    }
    return parts.isEmpty() ? text(c, "location") : String.join(", ", parts);
  }

  /**
   * A checkpoint's time: ISO-8601 with its offset; AfterShip also sends the facility's local time
   * without one, which is read as UTC rather than dropped (the hours may be off, the day is kept).
   */
  private static Instant time(String number, String s) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException("a checkpoint of tracking " + number + " has no time");
    }
    try {
      return OffsetDateTime.parse(s.strip()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(s.strip()).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        throw new IllegalArgumentException(
            "checkpoint_time of tracking " + number + " is not ISO-8601", again);
      }
    }
  }

  /** A text field; absent or null is null, any other type an error. */
  private static String text(JsonNode o, String field) {
    JsonNode v = o.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      throw new IllegalArgumentException(field + " is not text");
    }
    return v.asString();
  }
}
