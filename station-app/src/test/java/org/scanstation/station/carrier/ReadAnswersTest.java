package org.scanstation.station.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scanstation.station.ratelimit.RateLimitHeaders.Window;

class ReadAnswersTest {
  private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");
  private static final Window NONE = new Window(-1, null, -1);

  private final ReadAnswers answers = new ReadAnswers(Clock.fixed(NOW, ZoneOffset.UTC));

  private ReadOutcome classify(int status, String body, boolean perParcel) {
    return answers
        .classify(
            status,
            NONE,
            body.getBytes(StandardCharsets.UTF_8),
            perParcel,
            data -> AfterShipTrackings.readings(data.path("trackings")))
        .reply()
        .outcome();
  }

  private static String meta(int code, String message) {
    return "{\"meta\":{\"code\":" + code + ",\"message\":\"" + message + "\"},\"data\":{}}";
  }

  @Test
  void anAnswerWithTrackingsIsRead() {
    ReadOutcome o =
        classify(
            200,
            "{\"meta\":{\"code\":200},\"data\":{\"trackings\":[{\"tracking_number\":\"1234\"}]}}",
            false);
    assertThat(o).isInstanceOf(ReadOutcome.Read.class);
    assertThat(((ReadOutcome.Read) o).readings())
        .extracting(CarrierReading::trackingNumber)
        .containsExactly("1234");
  }

  @Test
  void aMalformedSuccessIsTriedAgainLaterNotStored() {
    assertThat(classify(200, "<html>", false)).isInstanceOf(ReadOutcome.Retry.class);
    assertThat(classify(200, "{\"data\":{\"trackings\":{}}}", false))
        .isEqualTo(new ReadOutcome.Retry("malformed answer: data.trackings is not a list"));
  }

  @Test
  void refusedKeysStopAndServerFaultsRetry() {
    assertThat(classify(401, meta(401, "Invalid API key."), false))
        .isEqualTo(new ReadOutcome.Refused("HTTP 401 meta.code 401: Invalid API key."));
    assertThat(classify(403, "", true)).isInstanceOf(ReadOutcome.Refused.class);
    assertThat(classify(503, "", false)).isEqualTo(new ReadOutcome.Retry("HTTP 503"));
    assertThat(classify(408, "", false)).isInstanceOf(ReadOutcome.Retry.class);
  }

  @Test
  void a429WaitsForTheResetOrASecond() {
    Window w = new Window(0, NOW.plusSeconds(3), 10);
    ReadReply r = answers.classify(429, w, new byte[0], false, d -> List.of()).reply();
    assertThat(r.outcome()).isEqualTo(new ReadOutcome.RateLimited(NOW.plusSeconds(3)));
    assertThat(r.remaining()).isZero();
    assertThat(r.limit()).isEqualTo(10);
    assertThat(classify(429, "", false)).isEqualTo(new ReadOutcome.RateLimited(NOW.plusSeconds(1)));
  }

  @Test
  void aRefusalAboutOneTrackingIsItsFinalAnswerButAboutTheListAPersonsJob() {
    assertThat(classify(404, meta(4004, "Tracking does not exist."), true))
        .isInstanceOf(ReadOutcome.NotAuthorized.class);
    assertThat(classify(404, "", false)).isInstanceOf(ReadOutcome.Refused.class);
    assertThat(classify(400, meta(4016, "Retrack is not allowed."), true))
        .isEqualTo(
            new ReadOutcome.NotAuthorized("HTTP 400 meta.code 4016: Retrack is not allowed."));
    assertThat(classify(400, meta(400, "unknown parameter"), false))
        .isInstanceOf(ReadOutcome.Refused.class);
  }

  @Test
  void reasonsFromTheAnswerAreOneBoundedLine() {
    String noisy = "a\\nb\\u0007" + "x".repeat(500);
    ReadOutcome o = classify(401, meta(401, noisy), false);
    String reason = ((ReadOutcome.Refused) o).reason();
    assertThat(reason).doesNotContain("\n").doesNotContain("\u0007");
    assertThat(reason.length()).isLessThan(260);
  }
}
