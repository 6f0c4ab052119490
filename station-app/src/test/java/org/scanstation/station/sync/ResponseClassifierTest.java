package org.scanstation.station.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseClassifierTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private final ResponseClassifier c = new ResponseClassifier(Clock.fixed(NOW, ZoneOffset.UTC));

  private static String envelope(int code, String message, String id) {
    return "{\"meta\":{\"code\":"
        + code
        + ",\"message\":\""
        + message
        + "\",\"type\":\"x\"},"
        + "\"data\":"
        + (id == null ? "{}" : "{\"id\":\"" + id + "\"}")
        + "}";
  }

  @Test
  void createdIsDeliveredWithTheBackendsId() {
    BackendReply r =
        c.classify(
            201,
            Map.of(
                "x-ratelimit-remaining",
                "7",
                "x-ratelimit-reset",
                String.valueOf(NOW.getEpochSecond() + 1),
                "x-ratelimit-limit",
                "10"),
            envelope(201, "Created", "t1"));
    assertThat(r.outcome()).isEqualTo(new SyncOutcome.Delivered("t1"));
    assertThat(r.remaining()).isEqualTo(7);
    assertThat(r.resetAt()).isEqualTo(NOW.plusSeconds(1));
    assertThat(r.limit()).isEqualTo(10);
  }

  @Test
  void alreadyExistsIsDelivered() {
    BackendReply r = c.classify(400, Map.of(), envelope(4003, "Tracking already exists.", "t9"));
    assertThat(r.outcome()).isEqualTo(new SyncOutcome.Delivered("t9"));
  }

  @Test
  void invalidDataIsQuarantined() {
    for (int code : new int[] {4005, 4017}) {
      assertThat(c.classify(400, Map.of(), envelope(code, "invalid", null)).outcome())
          .isInstanceOf(SyncOutcome.Quarantine.class);
    }
    SyncOutcome.Quarantine q =
        (SyncOutcome.Quarantine)
            c.classify(
                    422, Map.of(), envelope(4005, "The value of tracking_number is invalid.", null))
                .outcome();
    assertThat(q.reason()).contains("4005").contains("invalid");
  }

  @Test
  void aRefusedKeyOrWrongUrlPausesEverything() {
    assertThat(c.classify(401, Map.of(), envelope(401, "Invalid API key.", null)).outcome())
        .isInstanceOf(SyncOutcome.Pause.class);
    assertThat(c.classify(403, Map.of(), "").outcome()).isInstanceOf(SyncOutcome.Pause.class);
    assertThat(c.classify(404, Map.of(), "<html>").outcome()).isInstanceOf(SyncOutcome.Pause.class);
  }

  @Test
  void tooManyRequestsWaitsForTheResetInAnyOfItsSpellings() {
    long reset = NOW.getEpochSecond() + 3;
    assertThat(c.classify(429, Map.of("x-ratelimit-reset", String.valueOf(reset)), "").outcome())
        .isEqualTo(new SyncOutcome.RateLimited(Instant.ofEpochSecond(reset)));
    assertThat(c.classify(429, Map.of("retry-after", "7"), "").outcome())
        .isEqualTo(new SyncOutcome.RateLimited(NOW.plusSeconds(7)));
    assertThat(
            c.classify(429, Map.of("ratelimit-reset", "2", "ratelimit-remaining", "0"), "")
                .outcome())
        .isEqualTo(new SyncOutcome.RateLimited(NOW.plusSeconds(2)));
    assertThat(c.classify(429, Map.of(), "").outcome())
        .isEqualTo(new SyncOutcome.RateLimited(NOW.plusSeconds(1)));
  }

  @Test
  void serverErrorsAndTimeoutsAreRetried() {
    for (int status : new int[] {500, 502, 503, 504, 408}) {
      assertThat(c.classify(status, Map.of(), "oops").outcome())
          .isInstanceOf(SyncOutcome.Retry.class);
    }
  }
}
