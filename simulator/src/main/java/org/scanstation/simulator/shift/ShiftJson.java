package org.scanstation.simulator.shift;

import java.time.Instant;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON line written for each scan of a shift, e.g. {@code {"seq":3,"scan":"420...",
 * "kind":"VALID","form":"ROUTED","expected":"ACCEPTED","reason":null,"trackingNumber":"9400...",
 * "routingZip":"92612","sentAt":"...","delivered":true}}. GS is written as a JSON escape of U+001D.
 * Thread-safe.
 */
public final class ShiftJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ShiftJson() {}

  /** The line for a planned scan (no sending facts). */
  public static String line(ExpectedScan e) {
    return JSON.writeValueAsString(node(e));
  }

  /** The line for a scan that was sent: when, and whether anyone received it. */
  public static String line(ExpectedScan e, Instant sentAt, boolean delivered) {
    ObjectNode n = node(e);
    n.put("sentAt", sentAt.toString());
    n.put("delivered", delivered);
    return JSON.writeValueAsString(n);
  }

  private static ObjectNode node(ExpectedScan e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("seq", e.seq());
    n.put("scan", e.scan());
    n.put("kind", e.kind().name());
    n.put("form", e.form());
    n.put("expected", e.expected().name());
    n.put("reason", e.reason() == null ? null : e.reason().name());
    n.put("trackingNumber", e.trackingNumber());
    n.put("routingZip", e.routingZip());
    return n;
  }
}
