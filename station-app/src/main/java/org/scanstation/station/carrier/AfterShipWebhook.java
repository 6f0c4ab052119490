package org.scanstation.station.carrier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.scanstation.station.config.Secret;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * AfterShip's webhook deliveries: the signature check and the body's meaning. A delivery is signed
 * in {@code aftership-hmac-sha256} with base64(HMAC-SHA256(webhook secret, raw body)); the check
 * runs over the bytes as received (parsing first would let a re-encoded body through) and compares
 * in constant time. The body's {@code msg} is a tracking object, read by the same mapping as the
 * read-back's answers. Pure; thread-safe.
 */
public final class AfterShipWebhook {
  /** The header AfterShip signs with. */
  public static final String SIGNATURE_HEADER = "aftership-hmac-sha256";

  private static final int MAX_EVENT_ID = 100;

  private final SecretKeySpec key;

  /** Checks deliveries signed with {@code secret}. */
  public AfterShipWebhook(Secret secret) {
    this.key =
        new SecretKeySpec(
            Objects.requireNonNull(secret, "secret").reveal().getBytes(StandardCharsets.UTF_8),
            "HmacSHA256");
  }

  /** Whether {@code signature} (the header's value, or null) signs {@code body} with our secret. */
  public boolean signed(byte[] body, String signature) {
    if (signature == null) {
      return false;
    }
    byte[] expected = expected(body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
  }

  /** base64(HMAC-SHA256(secret, body)). */
  String expected(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no HmacSHA256", e);
    }
  }

  /**
   * The delivery a verified body holds.
   *
   * @throws IllegalArgumentException naming what is missing or of the wrong type
   */
  public WebhookDelivery parse(byte[] body) {
    JsonNode root;
    try {
      root = JsonMapper.shared().readTree(body);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the body is not JSON", e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the body is not a JSON object");
    }
    String event = text(root, "event");
    String eventId = text(root, "event_id");
    if (eventId.length() > MAX_EVENT_ID) {
      throw new IllegalArgumentException("event_id is longer than " + MAX_EVENT_ID);
    }
    JsonNode ts = root.path("ts");
    if (!ts.isMissingNode() && !ts.isNull() && !ts.isIntegralNumber()) {
      throw new IllegalArgumentException("ts is not epoch seconds");
    }
    JsonNode msg = root.path("msg");
    if (!msg.isObject()) {
      throw new IllegalArgumentException("msg is not a tracking object");
    }
    return new WebhookDelivery(
        eventId,
        event,
        ts.isIntegralNumber() ? Instant.ofEpochSecond(ts.asLong()) : null,
        AfterShipTrackings.reading(msg));
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.path(field);
    if (!v.isString() || v.asString().isBlank()) {
      throw new IllegalArgumentException(field + " is missing or not text");
    }
    return v.asString().strip();
  }
}
