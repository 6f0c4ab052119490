package org.scanstation.simulator.backend;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tracking as the backend stores it. Immutable: changes make a new one.
 *
 * @param id the tracking id (32 hex characters, or the client's own)
 * @param slug the courier, e.g. {@code usps}
 * @param trackingNumber the number as posted
 * @param createdAt when it was created
 * @param updatedAt when it last changed (a new checkpoint moves it)
 * @param active whether the courier is still being polled (false once delivered, completed or
 *     expired)
 * @param tag the delivery status: Pending, InTransit, Delivered, Exception, Expired
 * @param subtag the finer status, e.g. Pending_001
 * @param fields every other posted field (order_id, title, custom_fields...), echoed back
 * @param progress what the carrier did with it, and how it is followed
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
    ObjectNode fields,
    Progress progress) {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  /**
   * What the carrier did with a tracking, and how it is followed.
   *
   * @param checkpoints the checkpoints so far, oldest first
   * @param signedBy who signed for the delivery, or null
   * @param retracks how often it was retracked
   * @param watchFrom when it was created or last retracked (expiry counts from here)
   * @param byHand whether its status was set by mark-as-completed, not by the carrier
   */
  public record Progress(
      List<Checkpoint> checkpoints,
      String signedBy,
      int retracks,
      Instant watchFrom,
      boolean byHand) {
    /** Copies the list. */
    public Progress {
      checkpoints = List.copyOf(checkpoints);
      Objects.requireNonNull(watchFrom, "watchFrom");
    }
  }

  /** Copies the fields. */
  public Tracking {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(progress, "progress");
    fields = fields.deepCopy();
  }

  /** A new tracking, Pending, with no checkpoints. */
  static Tracking created(
      String id, String slug, String trackingNumber, Instant now, ObjectNode fields) {
    return new Tracking(
        id,
        slug,
        trackingNumber,
        now,
        now,
        true,
        "Pending",
        "Pending_001",
        fields,
        new Progress(List.of(), null, 0, now, false));
  }

  /** A copy of the extra fields. */
  @Override
  public ObjectNode fields() {
    return fields.deepCopy();
  }

  /** The checkpoints so far, oldest first. */
  public List<Checkpoint> checkpoints() {
    return progress.checkpoints();
  }

  /** Who signed for the delivery, or null. */
  public String signedBy() {
    return progress.signedBy();
  }

  Tracking withFields(ObjectNode f, Instant now) {
    ObjectNode merged = fields.deepCopy();
    merged.setAll(f);
    return new Tracking(
        id, slug, trackingNumber, createdAt, now, active, tag, subtag, merged, progress);
  }

  /** The status set by hand (mark-as-completed): the carrier no longer moves it. */
  Tracking completedByHand(String newTag, String newSubtag, Instant now) {
    Progress p =
        new Progress(progress.checkpoints(), progress.signedBy(), progress.retracks(), now, true);
    return new Tracking(
        id, slug, trackingNumber, createdAt, now, false, newTag, newSubtag, fields, p);
  }

  /** Followed again from {@code now}, one more retrack counted. */
  Tracking retracked(Instant now) {
    Progress p =
        new Progress(
            progress.checkpoints(), progress.signedBy(), progress.retracks() + 1, now, false);
    return new Tracking(
        id, slug, trackingNumber, createdAt, now, true, "Pending", "Pending_001", fields, p);
  }

  /** As the carrier has moved it: see {@link SimulatedCarrier#advance}. */
  Tracking advanced(
      boolean isActive,
      String newTag,
      String newSubtag,
      Instant updated,
      List<Checkpoint> cps,
      String signer) {
    Progress p = new Progress(cps, signer, progress.retracks(), progress.watchFrom(), false);
    return new Tracking(
        id, slug, trackingNumber, createdAt, updated, isActive, newTag, newSubtag, fields, p);
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
    n.put("return_to_sender", false);
    if (progress.signedBy() == null) {
      n.putNull("signed_by");
    } else {
      n.put("signed_by", progress.signedBy());
    }
    ArrayNode cps = n.putArray("checkpoints");
    progress.checkpoints().forEach(c -> c.writeTo(cps.addObject(), slug));
    return n;
  }
}
