package org.scanstation.fleet.dispatch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the backend answered for one event, as the answered topic keeps it (key: the event id):
 * {@code {"outcome":"delivered|quarantined|dead","backendId":..,"at":..}}.
 *
 * @param outcome delivered, quarantined or dead
 * @param backendId the backend's id of the tracking, or null
 * @param at when it was answered
 */
record Answer(String outcome, String backendId, Instant at) {
  static final String DELIVERED = "delivered";
  static final String QUARANTINED = "quarantined";
  static final String DEAD = "dead";

  Answer {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(at, "at");
  }

  byte[] toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outcome", outcome);
    m.put("backendId", backendId);
    m.put("at", at.toString());
    return JsonMapper.shared().writeValueAsBytes(m);
  }

  /** The answer in {@code value}, or null when it is not one (a tombstone, a damaged record). */
  static Answer fromJson(byte[] value) {
    if (value == null) {
      return null;
    }
    try {
      JsonNode n = JsonMapper.shared().readTree(value);
      String outcome = n.path("outcome").asString(null);
      Instant at = Instant.parse(n.path("at").asString(""));
      return outcome == null ? null : new Answer(outcome, n.path("backendId").asString(null), at);
    } catch (JacksonException | java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
