package org.scanstation.station.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scanstation.station.config.Secret;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierTag;

class AfterShipWebhookTest {
  static final String BODY =
      """
      {"event":"tracking_update","event_id":"5f1c3a4e-0000-4000-8000-000000000001",
       "is_tracking_first_tag":true,"ts":1767600010,"unknown_extra":{"x":1},
       "msg":{"id":"abc123","tracking_number":"9400111899223197428497","tag":"Delivered",
        "subtag":"Delivered_003","active":false,"signed_by":"J SMITH","new_field":[1,2],
        "checkpoints":[
         {"checkpoint_time":"2026-01-05T03:00:02-05:00","city":"COLUMBUS","state":"OH",
          "zip":"43215","country_region":"USA","message":"USPS in possession of item",
          "tag":"InTransit","subtag":"InTransit_002","raw_tag":"03"},
         {"checkpoint_time":"2026-01-05T03:00:10-05:00","city":"BROOKLYN","state":"NY",
          "zip":"11201","country_region":"USA","message":"Delivered, Left with Individual",
          "tag":"Delivered","subtag":"Delivered_003","raw_tag":"01"}]}}
      """;

  static Secret secret(String s) {
    return Secret.load("test secret", null, "S", Map.of("S", s), "set S");
  }

  private final AfterShipWebhook webhook = new AfterShipWebhook(secret("whsec-test-1"));

  @Test
  void theSignatureIsBase64HmacSha256OfTheRawBodyAsInRfc4231() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    AfterShipWebhook jefe = new AfterShipWebhook(secret("Jefe"));
    byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
    String expected = "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=";
    assertThat(jefe.expected(data)).isEqualTo(expected);
    assertThat(jefe.signed(data, expected)).isTrue();
    assertThat(jefe.signed(data, " " + expected + " ")).isTrue();
  }

  @Test
  void aWrongMissingOrOtherBodysSignatureIsRefused() {
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
    String good = webhook.expected(body);
    assertThat(webhook.signed(body, good)).isTrue();
    assertThat(webhook.signed(body, null)).isFalse();
    assertThat(webhook.signed(body, "")).isFalse();
    assertThat(webhook.signed(body, good.substring(1))).isFalse();
    assertThat(new AfterShipWebhook(secret("another")).signed(body, good)).isFalse();
    byte[] altered = body.clone();
    altered[altered.length - 3] ^= 1;
    assertThat(webhook.signed(altered, good)).isFalse();
  }

  @Test
  void aBodyBecomesADeliveryWithTheCheckpointsAsCarrierEvents() {
    WebhookDelivery d = webhook.parse(BODY.getBytes(StandardCharsets.UTF_8));
    assertThat(d.eventId()).isEqualTo("5f1c3a4e-0000-4000-8000-000000000001");
    assertThat(d.event()).isEqualTo("tracking_update");
    assertThat(d.sentAt()).isEqualTo(Instant.ofEpochSecond(1767600010));
    CarrierReading r = d.reading();
    assertThat(r.trackingNumber()).isEqualTo("9400111899223197428497");
    assertThat(r.backendId()).isEqualTo("abc123");
    assertThat(r.tag()).isEqualTo(CarrierTag.DELIVERED);
    assertThat(r.active()).isFalse();
    CarrierEvent accepted = r.events().get(0);
    assertThat(accepted.source()).isEqualTo(CarrierSource.AFTERSHIP);
    assertThat(accepted.code()).isEqualTo("03");
    assertThat(accepted.isAcceptance()).isTrue();
    assertThat(accepted.occurredAt()).isEqualTo(Instant.parse("2026-01-05T08:00:02Z"));
    assertThat(accepted.location()).isEqualTo("COLUMBUS, OH, USA");
    assertThat(accepted.zip()).isEqualTo("43215");
    assertThat(accepted.signer()).isNull();
    CarrierEvent delivered = r.events().get(1);
    assertThat(delivered.isDelivery()).isTrue();
    assertThat(delivered.signer()).isEqualTo("J SMITH");
  }

  @Test
  void aPendingTimeEventIsADeliveryToo() {
    String body =
        "{\"event\":\"tracking_pending_time\",\"event_id\":\"e-2\",\"ts\":1,"
            + "\"msg\":{\"tracking_number\":\"9400111899223197428497\",\"tag\":\"Pending\","
            + "\"checkpoints\":[]}}";
    WebhookDelivery d = webhook.parse(body.getBytes(StandardCharsets.UTF_8));
    assertThat(d.event()).isEqualTo(WebhookDelivery.PENDING_TOO_LONG);
    assertThat(d.reading().events()).isEmpty();
    assertThat(d.reading().tag()).isEqualTo(CarrierTag.PENDING);
  }

  @Test
  void anUnreadableBodyIsRefusedNamingWhatIsWrong() {
    assertThatThrownBy(() -> parse("not json")).hasMessageContaining("not JSON");
    assertThatThrownBy(() -> parse("[1]")).hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> parse("{\"event\":\"tracking_update\",\"msg\":{}}"))
        .hasMessageContaining("event_id");
    assertThatThrownBy(() -> parse("{\"event\":\"e\",\"event_id\":\"1\",\"msg\":3}"))
        .hasMessageContaining("msg");
    assertThatThrownBy(() -> parse("{\"event\":\"e\",\"event_id\":\"1\",\"ts\":\"x\",\"msg\":{}}"))
        .hasMessageContaining("ts");
    assertThatThrownBy(
            () ->
                parse(
                    "{\"event\":\"e\",\"event_id\":\"1\",\"msg\":{\"tracking_number\":"
                        + "\"9400111899223197428497\",\"checkpoints\":[{\"checkpoint_time\":5}]}}"))
        .hasMessageContaining("checkpoint_time is not text");
  }

  private WebhookDelivery parse(String s) {
    return webhook.parse(s.getBytes(StandardCharsets.UTF_8));
  }
}
