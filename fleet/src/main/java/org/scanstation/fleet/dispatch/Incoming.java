package org.scanstation.fleet.dispatch;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.scanstation.fleet.WireHeaders;
import org.scanstation.station.api.OutboxAction;
import org.scanstation.station.api.OutboxPayload;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** One outbox record as the dispatcher reads it: an event it can send, or poison. */
sealed interface Incoming {

  /**
   * An event the backend can be asked about.
   *
   * @param id the event id
   * @param station the publishing station, or null when not said
   * @param replayedAt when a person replayed it from the dead letters, or null
   * @param create the acceptance, for a CREATE; else null
   * @param action the delete or completion, for DELETE and COMPLETE; else null
   */
  record Event(
      String id, String station, Instant replayedAt, OutboxPayload create, OutboxAction action)
      implements Incoming {}

  /**
   * A record no dispatcher can send: it goes to the dead letters.
   *
   * @param id the event id when it had a usable one, else null
   * @param reason why, for people
   */
  record Poison(String id, String reason) implements Incoming {}

  /** Reads {@code r} per the wire contract. Pure. */
  static Incoming read(ConsumerRecord<String, byte[]> r) {
    Poison bad = badHeaders(r);
    if (bad != null) {
      return bad;
    }
    String id = WireHeaders.text(r.headers(), WireHeaders.ID).strip();
    String kind = WireHeaders.text(r.headers(), WireHeaders.KIND).strip();
    try {
      Instant replayed = replayedAt(r);
      String station = WireHeaders.text(r.headers(), WireHeaders.STATION);
      JsonMapper json = JsonMapper.shared();
      return switch (kind.toUpperCase(Locale.ROOT)) {
        case "CREATE" ->
            create(id, station, replayed, json.readValue(r.value(), OutboxPayload.class));
        case "DELETE", "COMPLETE" -> action(id, station, replayed, kind, r.value());
        default -> new Poison(id, "unknown kind '" + printable(kind) + "'");
      };
    } catch (JacksonException e) {
      return new Poison(id, "the value is not the " + printable(kind) + " JSON of the contract");
    } catch (DateTimeParseException e) {
      return new Poison(id, "the '" + WireHeaders.REPLAYED_AT + "' header is not ISO-8601");
    }
  }

  /** The poison a record is for its headers or a missing value alone, or null when none. */
  private static Poison badHeaders(ConsumerRecord<String, byte[]> r) {
    String id = WireHeaders.text(r.headers(), WireHeaders.ID);
    if (id == null || id.isBlank()) {
      return new Poison(null, "no '" + WireHeaders.ID + "' header: the event id is missing");
    }
    try {
      UUID.fromString(id.strip());
    } catch (IllegalArgumentException e) {
      return new Poison(null, "the '" + WireHeaders.ID + "' header is not a UUID");
    }
    if (WireHeaders.text(r.headers(), WireHeaders.KIND) == null) {
      return new Poison(id.strip(), "no '" + WireHeaders.KIND + "' header");
    }
    if (r.value() == null) {
      return new Poison(id.strip(), "no value: the outbox entry's payload is missing");
    }
    return null;
  }

  private static Incoming create(String id, String station, Instant replayed, OutboxPayload p) {
    if (p == null || p.slug() == null || p.trackingNumber() == null) {
      return new Poison(id, "the CREATE has no slug or tracking number");
    }
    return new Event(id, station, replayed, p, null);
  }

  private static Incoming action(
      String id, String station, Instant replayed, String kind, byte[] value) {
    OutboxAction a = JsonMapper.shared().readValue(value, OutboxAction.class);
    if (a == null || a.slug() == null || a.trackingNumber() == null) {
      return new Poison(id, "the " + kind + " has no slug or tracking number");
    }
    if (kind.strip().equalsIgnoreCase("COMPLETE") && a.reason() == null) {
      return new Poison(id, "the COMPLETE has no reason");
    }
    return new Event(id, station, replayed, null, a);
  }

  private static Instant replayedAt(ConsumerRecord<String, byte[]> r) {
    String at = WireHeaders.text(r.headers(), WireHeaders.REPLAYED_AT);
    return at == null ? null : Instant.parse(at.strip());
  }

  /** At most 40 printable ASCII characters of text from the wire, for a message. */
  static String printable(String s) {
    String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return t.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
