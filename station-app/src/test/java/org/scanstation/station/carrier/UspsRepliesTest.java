package org.scanstation.station.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierTag;

class UspsRepliesTest {
  private static final String N = "9400111899223197428497";
  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static ReadOutcome classify(int status, Map<String, String> headers, String body) {
    return UspsReplies.classify(N, new UspsCall.Response(status, headers, body, null), CLOCK)
        .outcome();
  }

  private static String event(String code, String type, String time, String name) {
    return "{\"eventType\":\""
        + type
        + "\",\"eventTimestamp\":\""
        + time
        + "\","
        + "\"eventCountry\":\"US\",\"eventCity\":\"CHICAGO\",\"eventState\":\"IL\","
        + "\"eventZIP\":\"60607\",\"firm\":\"\",\"name\":\""
        + name
        + "\","
        + "\"authorizedAgent\":false,\"eventCode\":\""
        + code
        + "\"}";
  }

  private static String answer(String category, String... events) {
    return "{\"trackingNumber\":\""
        + N
        + "\",\"statusCategory\":\""
        + category
        + "\","
        + "\"status\":\"s\",\"services\":[\"USPS Tracking\"],\"trackingEvents\":["
        + String.join(",", events)
        + "]}";
  }

  @Test
  void aDetailAnswerBecomesAReadingWithEachEventMapped() {
    ReadOutcome o =
        classify(
            200,
            Map.of(),
            answer(
                "Delivered",
                event(
                    "01",
                    "Delivered, Left with Individual",
                    "2026-12-01T10:15:00-06:00",
                    "J SMITH"),
                event("03", "USPS picked up item", "2026-11-30T17:02:03-06:00", "")));
    CarrierReading r = ((ReadOutcome.Read) o).readings().get(0);
    assertThat(r.trackingNumber()).isEqualTo(N);
    assertThat(r.source()).isEqualTo(CarrierSource.USPS);
    assertThat(r.tag()).isEqualTo(CarrierTag.DELIVERED);
    assertThat(r.active()).isFalse();
    CarrierEvent delivered = r.events().get(0);
    assertThat(delivered.occurredAt()).isEqualTo(Instant.parse("2026-12-01T16:15:00Z"));
    assertThat(delivered.signer()).isEqualTo("J SMITH");
    assertThat(delivered.isDelivery()).isTrue();
    CarrierEvent accepted = r.events().get(1);
    assertThat(accepted.isAcceptance()).isTrue();
    assertThat(accepted.code()).isEqualTo("03");
    assertThat(accepted.tag()).isEqualTo(CarrierTag.IN_TRANSIT);
    assertThat(accepted.location()).isEqualTo("CHICAGO, IL");
    assertThat(accepted.zip()).isEqualTo("60607");
    assertThat(accepted.message()).isEqualTo("USPS picked up item");
    assertThat(accepted.signer()).isNull();
  }

  @Test
  void eventsAreBoundedAndOnesWithoutATimeAreLeftOut() {
    String[] many = new String[300];
    for (int i = 0; i < many.length; i++) {
      many[i] =
          event("10", "Processed", "2026-11-30T10:00:" + String.format("%02d", i % 60) + "Z", "");
    }
    CarrierReading r =
        ((ReadOutcome.Read) classify(200, Map.of(), answer("In Transit", many))).readings().get(0);
    assertThat(r.events()).hasSize(UspsReading.MAX_EVENTS);
    CarrierReading odd =
        ((ReadOutcome.Read)
                classify(
                    200,
                    Map.of(),
                    answer(
                        "In Transit", event("10", "P", "yesterday", ""), event("10", "P", "", ""))))
            .readings()
            .get(0);
    assertThat(odd.events()).isEmpty();
    assertThat(odd.active()).isTrue();
  }

  @Test
  void anUnknownParcelIsAbsentFromTheReading() {
    assertThat(((ReadOutcome.Read) classify(404, Map.of(), "{}")).readings()).isEmpty();
  }

  @Test
  void aForbiddenMailerIdIsNotAuthorizedWithUspsReasonBounded() {
    String body =
        "{\"apiVersion\":\"v3\",\"error\":{\"code\":\"403\",\"message\":\"Forbidden\",\"errors\":"
            + "[{\"title\":\"Mailer ID not authorized\",\"detail\":\"MID 654321 is not yours"
            + "x".repeat(5000)
            + "\"}]}}";
    ReadOutcome.NotAuthorized n = (ReadOutcome.NotAuthorized) classify(403, Map.of(), body);
    assertThat(n.reason()).startsWith("Mailer ID not authorized: MID 654321 is not yours");
    assertThat(n.reason().length()).isLessThanOrEqualTo(UspsReplies.MAX_REASON + 3);
    assertThat(((ReadOutcome.NotAuthorized) classify(403, Map.of(), "<html>")).reason())
        .isEqualTo("HTTP 403");
  }

  @Test
  void retryAfterOn429Or503IsAWaitUntilThen() {
    assertThat(classify(429, Map.of("retry-after", "7"), "{}"))
        .isEqualTo(new ReadOutcome.RateLimited(NOW.plusSeconds(7)));
    assertThat(classify(503, Map.of("retry-after", "Tue, 01 Dec 2026 12:00:30 GMT"), ""))
        .isEqualTo(new ReadOutcome.RateLimited(NOW.plusSeconds(30)));
    assertThat(classify(429, Map.of(), ""))
        .isEqualTo(new ReadOutcome.RateLimited(NOW.plusSeconds(1)));
    assertThat(classify(429, Map.of("retry-after", "99999999"), ""))
        .isEqualTo(new ReadOutcome.RateLimited(NOW.plusSeconds(3600)));
  }

  @Test
  void otherFaultsAreRetriedLater() {
    assertThat(classify(503, Map.of(), "")).isInstanceOf(ReadOutcome.Retry.class);
    assertThat(classify(500, Map.of(), "")).isInstanceOf(ReadOutcome.Retry.class);
    assertThat(classify(200, Map.of(), "not json")).isInstanceOf(ReadOutcome.Retry.class);
    assertThat(classify(200, Map.of(), "{\"trackingNumber\":\"9400111899223197428480\"}"))
        .isInstanceOf(ReadOutcome.Retry.class);
    ReadReply fault =
        UspsReplies.classify(N, UspsCall.Response.failed("no answer within PT5S"), CLOCK);
    assertThat(((ReadOutcome.Retry) fault.outcome()).reason()).contains("no answer within");
  }

  @Test
  void a401AfterTheRefetchIsRefused() {
    assertThat(classify(401, Map.of(), "")).isInstanceOf(ReadOutcome.Refused.class);
  }
}
