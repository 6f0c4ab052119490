package org.scanstation.simulator.uspsapi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answers of the simulated API in the USPS APIs v3 shapes: a tracking answer with its status
 * and (for {@code expand=DETAIL}) its events newest first, the API's error envelope, and OAuth's
 * error object. Pure; thread-safe.
 */
final class TrackingJson {
  static final String API_VERSION = "v3";

  private final JsonMapper json;

  TrackingJson(JsonMapper json) {
    this.json = json;
  }

  /** What USPS says about {@code p} at {@code now}. */
  ObjectNode tracking(UspsParcel p, Instant now, boolean detail) {
    ObjectNode root = json.createObjectNode();
    root.put("trackingNumber", p.trackingNumber());
    String[] status = status(p, now);
    root.put("statusCategory", status[0]);
    root.put("status", status[1]);
    root.put("statusSummary", status[2]);
    ArrayNode services = root.putArray("services");
    services.add("USPS Tracking");
    if (p.scanned()) {
      services.add("Signature Confirmation");
    }
    if (detail) {
      events(root.putArray("trackingEvents"), p, now);
    }
    return root;
  }

  /** Category, status and summary of the latest event by {@code now}. */
  private static String[] status(UspsParcel p, Instant now) {
    if (reached(p.deliveredAt(), now)) {
      return new String[] {
        "Delivered",
        "Delivered, Left with Individual",
        "Your item was delivered to an individual at the address in " + p.place().city() + "."
      };
    }
    if (reached(p.processedAt(), now)) {
      return new String[] {
        "In Transit", "Processed through Facility", "Your item was processed through our facility."
      };
    }
    if (p.acceptedBy(now)) {
      return new String[] {
        "Accepted", "USPS picked up item", "USPS picked up the item in " + p.place().city() + "."
      };
    }
    return new String[] {
      "Pre-Shipment",
      "Shipping Label Created, USPS Awaiting Item",
      "A shipping label has been prepared for your item, but USPS has not received it yet."
    };
  }

  private void events(ArrayNode events, UspsParcel p, Instant now) {
    if (reached(p.deliveredAt(), now)) {
      event(events, p, p.deliveredAt(), "01", "Delivered, Left with Individual", p.signer());
    }
    if (reached(p.processedAt(), now)) {
      event(events, p, p.processedAt(), "10", "Processed through USPS Facility", null);
    }
    if (p.acceptedBy(now)) {
      event(events, p, p.acceptedAt(), "03", "USPS picked up item", null);
    }
    if (p.preShipmentEvent()) {
      event(events, p, p.knownAt(), "MA", "Shipping Label Created, USPS Awaiting Item", null);
    }
  }

  private void event(
      ArrayNode events, UspsParcel p, Instant at, String code, String type, String signer) {
    ObjectNode e = events.addObject();
    e.put("eventType", type);
    OffsetDateTime local =
        at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.of(p.place().offset()));
    e.put("eventTimestamp", local.toString());
    e.put("eventCountry", "US");
    e.put("eventCity", p.place().city());
    e.put("eventState", p.place().state());
    e.put("eventZIP", p.place().zip());
    e.put("firm", "");
    e.put("name", signer == null ? "" : signer);
    e.put("authorizedAgent", false);
    e.put("eventCode", code);
  }

  private static boolean reached(Instant at, Instant now) {
    return at != null && !now.isBefore(at);
  }

  /** The API's error envelope, e.g. for 403, 404, 429. */
  ObjectNode error(int status, String message, String title, String detail) {
    ObjectNode root = json.createObjectNode();
    root.put("apiVersion", API_VERSION);
    ObjectNode error = root.putObject("error");
    error.put("code", String.valueOf(status));
    error.put("message", message);
    ObjectNode one = error.putArray("errors").addObject();
    one.put("status", String.valueOf(status));
    one.put("code", String.valueOf(status));
    one.put("title", title);
    one.put("detail", detail);
    return root;
  }

  /** OAuth 2.0's error object (RFC 6749 section 5.2). */
  ObjectNode oauthError(String code, String description) {
    ObjectNode root = json.createObjectNode();
    root.put("error", code);
    root.put("error_description", description);
    return root;
  }

  /** A token answer. */
  ObjectNode token(String token, long expiresIn, String clientId, Instant now) {
    ObjectNode root = json.createObjectNode();
    root.put("access_token", token);
    root.put("token_type", "Bearer");
    root.put("issued_at", now.toEpochMilli());
    root.put("expires_in", expiresIn);
    root.put("status", "approved");
    root.put("scope", "tracking");
    root.put("issuer", "api.usps.com");
    root.put("client_id", clientId);
    root.put("application_name", "Scan Station (simulated)");
    return root;
  }

  byte[] bytes(ObjectNode node) {
    return json.writeValueAsBytes(node);
  }
}
