package org.scanstation.simulator.backend;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * One checkpoint of a tracking, as AfterShip lists it in {@code checkpoints[]}.
 *
 * @param at when the carrier says it happened
 * @param tag the delivery status, e.g. {@code InTransit}
 * @param subtag the finer status, e.g. {@code InTransit_002}
 * @param subtagMessage the subtag in words
 * @param rawTag the carrier's own event code (USPS: {@code 03}, {@code OA}, {@code 01}...)
 * @param message what the carrier says
 * @param place where
 */
public record Checkpoint(
    Instant at,
    String tag,
    String subtag,
    String subtagMessage,
    String rawTag,
    String message,
    Place place) {
  // USPS facilities give their local time with its offset; the simulator's are in Eastern time.
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.ofHours(-5));

  /**
   * A USPS facility.
   *
   * @param city the city
   * @param state the two-letter state
   * @param zip the five-digit ZIP
   */
  public record Place(String city, String state, String zip) {}

  /** Requires every field. */
  public Checkpoint {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(place, "place");
  }

  /** Writes the checkpoint into {@code n} as the API shows it. */
  void writeTo(ObjectNode n, String slug) {
    n.put("slug", slug);
    n.put("checkpoint_time", TIME.format(at));
    n.put("created_at", TIME.format(at));
    n.put("city", place.city());
    n.put("state", place.state());
    n.put("zip", place.zip());
    n.put("location", place.city() + ", " + place.state() + " " + place.zip());
    n.put("country_region", "USA");
    n.put("country_region_name", "United States");
    n.put("message", message);
    n.put("tag", tag);
    n.put("subtag", subtag);
    n.put("subtag_message", subtagMessage);
    n.put("raw_tag", rawTag);
  }
}
