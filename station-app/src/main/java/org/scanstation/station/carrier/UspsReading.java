package org.scanstation.station.carrier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierTag;
import tools.jackson.databind.JsonNode;

/**
 * A USPS APIs v3 tracking answer ({@code expand=DETAIL}) as a {@link CarrierReading}: each of at
 * most {@link #MAX_EVENTS} {@code trackingEvents} becomes a {@link CarrierEvent} (code {@code
 * eventCode}, tag from {@link UspsTags}, location city/state/country, ZIP, message {@code
 * eventType}, signer {@code name}); the reading's tag comes from {@code statusCategory}. An event
 * without a readable time is left out: its place in the timeline would be a guess. Pure.
 */
final class UspsReading {
  /** Most events read from one answer; USPS lists the newest first, so the oldest are dropped. */
  static final int MAX_EVENTS = 200;

  private UspsReading() {}

  static CarrierReading of(String number, JsonNode root) {
    CarrierTag tag = UspsTags.ofCategory(root.path("statusCategory").asString(null));
    // Only an alert's status says more than its tag (e.g. "Alert: Return to Sender").
    String subtag =
        tag == CarrierTag.EXCEPTION ? cut(root.path("status").asString(null), 40) : null;
    List<CarrierEvent> events = new ArrayList<>();
    for (JsonNode e : root.path("trackingEvents")) {
      if (events.size() == MAX_EVENTS) {
        break;
      }
      CarrierEvent event = event(number, e);
      if (event != null) {
        events.add(event);
      }
    }
    return new CarrierReading(
        number, CarrierSource.USPS, null, tag, subtag, tag != CarrierTag.DELIVERED, events);
  }

  private static CarrierEvent event(String number, JsonNode e) {
    Instant at = time(text(e, "eventTimestamp"));
    if (at == null) {
      return null;
    }
    String code = text(e, "eventCode");
    String type = text(e, "eventType");
    return new CarrierEvent(
        number,
        CarrierSource.USPS,
        at,
        code,
        UspsTags.ofEvent(code, type),
        null,
        location(e),
        text(e, "eventZIP"),
        type,
        text(e, "name"));
  }

  private static String location(JsonNode e) {
    StringJoiner j = new StringJoiner(", ");
    String city = text(e, "eventCity");
    String state = text(e, "eventState");
    String country = text(e, "eventCountry");
    if (city != null) {
      j.add(city);
    }
    if (state != null) {
      j.add(state);
    }
    if (country != null && !country.equalsIgnoreCase("US") && !country.equalsIgnoreCase("USA")) {
      j.add(country);
    }
    return j.length() == 0 ? null : j.toString();
  }

  /** ISO-8601 with an offset (as USPS sends it) or in UTC; null when neither. */
  private static Instant time(String s) {
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException notUtc) {
        return null;
      }
    }
  }

  /** A text field, or null when absent, not text or blank. */
  private static String text(JsonNode e, String field) {
    JsonNode n = e.path(field);
    if (!n.isString() && !n.isNumber()) {
      return null;
    }
    String s = n.asString("").strip();
    return s.isEmpty() ? null : s;
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
