package org.scanstation.simulator.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;
import org.scanstation.simulator.testing.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The backend's webhooks posted over real HTTP to a recording receiver. */
class WebhookSenderIT {
  private static final String KEY = "test-key-123";
  private static final String SECRET = "whsec-test-1";
  private static final String NUMBER = "9400111899223197428497";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One POST the receiver got. */
  record Got(JsonNode body, boolean signedRightly) {
    String eventId() {
      return body.path("event_id").asString();
    }
  }

  private final MutableClock clock = MutableClock.at("2026-01-05T08:00:00Z");
  private final List<Got> got = new CopyOnWriteArrayList<>();
  private final AtomicInteger failFirst = new AtomicInteger();
  private final HttpServer receiver = receiver();
  private SimulatedBackend backend;

  private HttpServer receiver() {
    try {
      HttpServer s =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
      s.createContext(
          "/hook",
          ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            String sig = ex.getRequestHeaders().getFirst("aftership-hmac-sha256");
            got.add(new Got(JSON.readTree(body), WebhookSender.sign(SECRET, body).equals(sig)));
            ex.sendResponseHeaders(failFirst.getAndDecrement() > 0 ? 500 : 200, -1);
            ex.close();
          });
      s.start();
      return s;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ApiClient start(CarrierSettings carrier, WebhookSettings hooks) {
    backend =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY)
                .withClock(clock)
                .withCarrier(carrier)
                .withWebhooks(hooks));
    return new ApiClient(backend.baseUri(), KEY);
  }

  private WebhookSettings hooks() {
    URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    return WebhookSettings.to(url, SECRET).retrying(3, Duration.ofMillis(50));
  }

  private static final CarrierSettings ALL_SCANNED =
      CarrierSettings.scanning(1, Duration.ofSeconds(2)).delivering(Duration.ofSeconds(10));

  @AfterEach
  void stop() {
    if (backend != null) {
      backend.close();
    }
    receiver.stop(0);
  }

  @Test
  void aNewCheckpointIsPostedSignedWithTheTrackingAndItsCheckpoints() throws IOException {
    start(ALL_SCANNED, hooks()).create(NUMBER);
    clock.advance(Duration.ofSeconds(2));
    await().atMost(Duration.ofSeconds(5)).until(() -> got.size() == 1);
    JsonNode body = got.get(0).body();
    assertThat(got.get(0).signedRightly()).isTrue();
    assertThat(body.path("event").asString()).isEqualTo("tracking_update");
    assertThat(body.path("event_id").asString()).matches("[0-9a-f-]{36}");
    assertThat(body.path("is_tracking_first_tag").asBoolean()).isTrue();
    assertThat(body.path("ts").asLong()).isEqualTo(clock.instant().getEpochSecond());
    assertThat(body.path("msg").path("tracking_number").asString()).isEqualTo(NUMBER);
    assertThat(body.path("msg").path("checkpoints").get(0).path("raw_tag").asString())
        .isIn("03", "OA");
    // The receiver records before it answers: wait for the sender to count the answer.
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> backend.webhooks().counters().answered2xx() == 1);
  }

  @Test
  void aDeliveryAnsweredNon2xxIsRetriedWithTheSameEventIdUpToTheLimit() throws IOException {
    failFirst.set(1);
    start(ALL_SCANNED, hooks()).create(NUMBER);
    clock.advance(Duration.ofSeconds(2));
    await().atMost(Duration.ofSeconds(5)).until(() -> got.size() == 2);
    assertThat(got.get(1).eventId()).isEqualTo(got.get(0).eventId());
    assertThat(backend.webhooks().counters()).isEqualTo(new WebhookCounters(1, 2, 1, 1, 0, 0));

    failFirst.set(100);
    clock.advance(Duration.ofSeconds(4));
    await().atMost(Duration.ofSeconds(5)).until(() -> backend.webhooks().counters().givenUp() == 1);
    assertThat(backend.webhooks().counters().attempts()).isEqualTo(5);
  }

  @Test
  void faultsSignWronglyDuplicateAndReplayAnOlderDelivery() throws IOException {
    start(ALL_SCANNED, hooks()).create(NUMBER);
    backend.webhooks().fault("bad-signature", 1);
    clock.advance(Duration.ofSeconds(2));
    await().atMost(Duration.ofSeconds(5)).until(() -> got.size() == 1);
    assertThat(got.get(0).signedRightly()).isFalse();
    await().atMost(Duration.ofSeconds(5)).until(() -> backend.webhooks().sent().size() == 1);
    assertThat(backend.webhooks().sent().get(0).signedRightly()).isFalse();

    backend.webhooks().fault("duplicate", 1);
    backend.webhooks().fault("out-of-order", 1);
    clock.advance(Duration.ofSeconds(4));
    await().atMost(Duration.ofSeconds(5)).until(() -> got.size() == 4);
    assertThat(got.get(2).eventId()).isEqualTo(got.get(1).eventId());
    Got older = got.get(3);
    assertThat(older.eventId()).isNotEqualTo(got.get(1).eventId());
    assertThat(older.body().path("msg").path("checkpoints")).hasSize(1);
    assertThat(got.get(1).body().path("msg").path("checkpoints")).hasSize(2);
    assertThat(older.body().path("ts").asLong()).isLessThan(got.get(1).body().path("ts").asLong());
  }

  @Test
  void aBurstPostsManyDeliveriesAtOnce() throws IOException {
    start(CarrierSettings.OFF, hooks()).create(NUMBER);
    backend.webhooks().burst(20);
    await().atMost(Duration.ofSeconds(5)).until(() -> got.size() == 20);
    assertThat(got.stream().map(Got::eventId).distinct()).hasSize(20);
  }

  @Test
  void aTrackingStillPendingAfterTheAlertTimeGetsOnePendingTimeEvent() throws IOException {
    start(CarrierSettings.OFF, hooks().alertingPendingAfter(Duration.ofMinutes(5))).create(NUMBER);
    clock.advance(Duration.ofMinutes(5));
    await().atMost(Duration.ofSeconds(5)).until(() -> got.size() == 1);
    assertThat(got.get(0).body().path("event").asString()).isEqualTo("tracking_pending_time");
    clock.advance(Duration.ofMinutes(5));
    await()
        .during(Duration.ofMillis(400))
        .atMost(Duration.ofSeconds(2))
        .until(() -> got.size() == 1);
  }

  @Test
  void webhooksOffRefuseFaults() {
    start(CarrierSettings.OFF, WebhookSettings.OFF);
    assertThat(backend.webhooks().on()).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> backend.webhooks().burst(1))
        .hasMessageContaining("--webhook-url");
  }
}
