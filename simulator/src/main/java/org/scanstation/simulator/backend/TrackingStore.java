package org.scanstation.simulator.backend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.scanstation.simulator.usps.UspsNumbers;
import tools.jackson.databind.node.ObjectNode;

/**
 * The backend's trackings, unique by slug + tracking number (and by id). What is stored is what the
 * clients did; every read shows the tracking as the {@link SimulatedCarrier} has moved it by then.
 * Thread-safe: every method is synchronized.
 */
final class TrackingStore {
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9._/-]{4,100}");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,64}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  /** How often AfterShip lets a tracking be retracked. */
  static final int MAX_RETRACKS = 3;

  private final Map<String, Tracking> byId = new LinkedHashMap<>();
  private final Map<String, String> idByKey = new HashMap<>();
  private final Random ids;
  private final SimulatedCarrier carrier;

  TrackingStore(long seed, SimulatedCarrier carrier) {
    this.ids = new Random(seed);
    this.carrier = carrier;
  }

  /**
   * Creates a tracking from the posted fields.
   *
   * @throws ApiError 4007 no number, 4010 bad slug, 4005 invalid number, 4003 it exists
   */
  synchronized Tracking create(ObjectNode body, Instant now) {
    String number = body.path("tracking_number").asString("").strip();
    if (number.isEmpty()) {
      throw ApiError.badRequest(4007, "tracking_number is required.");
    }
    String slug = body.path("slug").asString("usps").strip().toLowerCase(Locale.ROOT);
    if (!SLUG.matcher(slug).matches()) {
      throw ApiError.badRequest(4010, "The value of slug is invalid.");
    }
    if (!NUMBER.matcher(number).matches()
        || (slug.equals("usps") && !UspsNumbers.isPlausible(number))) {
      throw ApiError.badRequest(4005, "The value of `tracking_number` is invalid.");
    }
    String existing = idByKey.get(key(slug, number));
    String id = body.path("id").asString("");
    if (existing != null || byId.containsKey(id)) {
      Tracking t = byId.get(existing != null ? existing : id);
      throw new ApiError(
          400, 4003, "BadRequest", "Tracking already exists.", carrier.advance(t, now).toJson());
    }
    if (id.isEmpty() || !ID.matcher(id).matches()) {
      id = newId();
    }
    ObjectNode fields = body.deepCopy();
    fields.remove(List.of("id", "slug", "tracking_number", "active", "tag", "subtag"));
    Tracking t = Tracking.created(id, slug, number, now, fields);
    byId.put(id, t);
    idByKey.put(key(slug, number), id);
    return t;
  }

  private static String key(String slug, String number) {
    return slug + "/" + number.toUpperCase(Locale.ROOT);
  }

  private String newId() {
    byte[] b = new byte[16];
    ids.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private Tracking stored(String id) {
    Tracking t = byId.get(id);
    if (t == null) {
      throw ApiError.notFound();
    }
    return t;
  }

  /** The tracking as it stands at {@code now}. */
  synchronized Tracking get(String id, Instant now) {
    return carrier.advance(stored(id), now);
  }

  synchronized Tracking update(String id, ObjectNode changes, Instant now) {
    ObjectNode f = changes.deepCopy();
    f.remove(List.of("id", "slug", "tracking_number", "active", "tag", "subtag"));
    return carrier.advance(put(stored(id).withFields(f, now)), now);
  }

  synchronized Tracking delete(String id, Instant now) {
    Tracking t = stored(id);
    byId.remove(id);
    idByKey.remove(key(t.slug(), t.trackingNumber()));
    return carrier.advance(t, now);
  }

  /**
   * Follows an inactive (expired, completed) tracking again.
   *
   * @throws ApiError 4013 when the tracking is still active, 4016 when it was retracked {@value
   *     #MAX_RETRACKS} times already
   */
  synchronized Tracking retrack(String id, Instant now) {
    Tracking t = stored(id);
    if (carrier.advance(t, now).active()) {
      throw ApiError.badRequest(
          4013, "Retrack is not allowed. You can only retrack an inactive tracking.");
    }
    if (t.progress().retracks() >= MAX_RETRACKS) {
      throw ApiError.badRequest(
          4016,
          "Retrack is not allowed. A tracking can be retracked at most "
              + MAX_RETRACKS
              + " times.");
    }
    return carrier.advance(put(t.retracked(now)), now);
  }

  /**
   * @throws ApiError 4008 when the reason is not DELIVERED, LOST or RETURNED_TO_SENDER
   */
  synchronized Tracking complete(String id, String reason, Instant now) {
    Tracking t = carrier.advance(stored(id), now);
    return switch (reason) {
      case "DELIVERED" -> put(t.completedByHand("Delivered", "Delivered_001", now));
      case "LOST" -> put(t.completedByHand("Exception", "Exception_013", now));
      case "RETURNED_TO_SENDER" -> put(t.completedByHand("Exception", "Exception_011", now));
      default ->
          throw ApiError.badRequest(
              4008, "The value of `reason` is invalid: use DELIVERED, LOST or RETURNED_TO_SENDER.");
    };
  }

  private Tracking put(Tracking t) {
    byId.put(t.id(), t);
    return t;
  }

  /** Every tracking as it stands at {@code now}, oldest first. */
  synchronized List<Tracking> all(Instant now) {
    List<Tracking> out = new ArrayList<>(byId.size());
    byId.values().forEach(t -> out.add(carrier.advance(t, now)));
    return out;
  }
}
