package org.scanstation.simulator.backend;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tracking as the backend stores it. Immutable: changes make a new one.
 *
 * @param id the tracking id (32 hex characters, or the client's own)
 * @param slug the courier, e.g. {@code usps}
 * @param trackingNumber the number as posted
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param active whether the courier is still being polled (false once completed)
 * @param tag the delivery status: Pending, Delivered, Exception
 * @param subtag the finer status, e.g. Pending_001
 * @param fields every other posted field (order_id, title, custom_fields...), echoed back
 */
public record Tracking(
    String id,
    String slug,
    String trackingNumber,
    Instant createdAt,
    Instant updatedAt,
    boolean active,
    String tag,
    String subtag,
    ObjectNode fields) {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  /** Copies the fields. */
  public Tracking {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    fields = fields.deepCopy();
  }

  /** A copy of the extra fields. */
  @Override
  public ObjectNode fields() {
    return fields.deepCopy();
  }

  Tracking withFields(ObjectNode f, Instant now) {
    ObjectNode merged = fields.deepCopy();
    merged.setAll(f);
    return new Tracking(id, slug, trackingNumber, createdAt, now, active, tag, subtag, merged);
  }

  Tracking withStatus(boolean isActive, String newTag, String newSubtag, Instant now) {
    return new Tracking(
        id, slug, trackingNumber, createdAt, now, isActive, newTag, newSubtag, fields);
  }

  /** The tracking object as the API shows it. */
  ObjectNode toJson() {
    ObjectNode n = fields.deepCopy();
    n.put("id", id);
    n.put("tracking_number", trackingNumber);
    n.put("slug", slug);
    n.put("active", active);
    n.put("tag", tag);
    n.put("subtag", subtag);
    n.put("created_at", TIME.format(createdAt));
    n.put("updated_at", TIME.format(updatedAt));
    if (!n.has("title")) {
      n.put("title", trackingNumber);
    }
    n.putArray("checkpoints");
    return n;
  }
}
