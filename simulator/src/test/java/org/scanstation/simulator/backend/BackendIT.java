package org.scanstation.simulator.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;
import org.scanstation.simulator.testing.ApiClient;
import org.scanstation.simulator.testing.ApiClient.Answer;

/** The tracking backend over real HTTP, called with the JDK HttpClient as the station will. */
class BackendIT {
  private static final String KEY = "test-key-123";
  private static final String NUMBER = "9400111899223197428497";
  private static final String OTHER = "9405511202575421535949";

  private final MutableClock clock = MutableClock.at("2026-01-05T08:00:00.100Z");
  private SimulatedBackend backend = start(10);

  private SimulatedBackend start(int limit) {
    return SimulatedBackend.start(
        InetAddress.getLoopbackAddress(),
        0,
        BackendSettings.withApiKey(KEY).withRateLimit(limit).withClock(clock));
  }

  private ApiClient client() {
    return new ApiClient(backend.baseUri(), KEY);
  }

  @AfterEach
  void tearDown() {
    backend.close();
  }

  @Test
  void createsReadsAndListsTrackingsInTheEnvelope() throws IOException {
    ApiClient api = client();
    Answer created =
        api.send(
            "POST",
            "/trackings",
            "{\"tracking_number\":\"" + NUMBER + "\",\"slug\":\"usps\",\"order_id\":\"A-1\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("meta").path("type").asString()).isEqualTo("Created");
    assertThat(created.metaCode()).isEqualTo(201);
    String id = created.data().path("id").asString();
    assertThat(id).matches("[0-9a-f]{32}");
    assertThat(created.data().path("order_id").asString()).isEqualTo("A-1");
    assertThat(created.data().path("tag").asString()).isEqualTo("Pending");
    assertThat(created.data().path("created_at").asString()).isEqualTo("2026-01-05T08:00:00+00:00");
    assertThat(created.header("X-RateLimit-Limit")).isEqualTo("10");

    Answer got = api.get("/trackings/" + id);
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.json().path("meta").path("type").asString()).isEqualTo("OK");
    assertThat(got.data().path("tracking_number").asString()).isEqualTo(NUMBER);

    Answer listed = api.get("/trackings?tracking_numbers=" + OTHER + "," + NUMBER);
    assertThat(listed.data().path("trackings")).hasSize(1);
    assertThat(listed.data().path("pagination").path("total").asInt()).isEqualTo(1);
    assertThat(api.get("/trackings?tracking_numbers=" + OTHER).data().path("trackings")).isEmpty();
    assertThat(backend.counters().creates()).isEqualTo(1);
  }

  @Test
  void refusesRequestsWithoutTheKeyAndNeverKeepsIt() throws IOException {
    Answer none = new ApiClient(backend.baseUri(), null).create(NUMBER);
    Answer wrong = new ApiClient(backend.baseUri(), "nope").create(NUMBER);
    assertThat(none.status()).isEqualTo(401);
    assertThat(wrong.metaCode()).isEqualTo(401);
    assertThat(wrong.json().path("meta").path("type").asString()).isEqualTo("Unauthorized");
    assertThat(backend.trackings()).isEmpty();
    assertThat(backend.counters().unauthorized()).isEqualTo(2);
    client().create(NUMBER);
    assertThat(backend.received()).hasSize(3);
    assertThat(backend.received().get(2).headers()).containsEntry("as-api-key", "<redacted>");
    assertThat(backend.received().toString()).doesNotContain(KEY).doesNotContain("nope");
  }

  @Test
  void answersDuplicatesAndInvalidNumbersWithTheirCodes() throws IOException {
    ApiClient api = client();
    String id = api.create(NUMBER).data().path("id").asString();
    Answer dup = api.create(NUMBER);
    assertThat(dup.status()).isEqualTo(400);
    assertThat(dup.metaCode()).isEqualTo(4003);
    assertThat(dup.data().path("id").asString()).isEqualTo(id);
    assertThat(api.create("9400111899223197428490").metaCode()).isEqualTo(4005);
    assertThat(api.create("ab").metaCode()).isEqualTo(4005);
    assertThat(api.send("POST", "/trackings", "{\"slug\":\"usps\"}").metaCode()).isEqualTo(4007);
    assertThat(api.send("POST", "/trackings", "{not json").metaCode()).isEqualTo(4001);
    assertThat(api.send("GET", "/nowhere", null).status()).isEqualTo(404);
    assertThat(backend.counters().duplicates()).isEqualTo(1);
    assertThat(backend.counters().invalid()).isEqualTo(3);
  }

  @Test
  void updatesCompletesRetracksAndDeletes() throws IOException {
    ApiClient api = client();
    String path = "/trackings/" + api.create(NUMBER).data().path("id").asString();
    Answer put = api.send("PUT", path, "{\"title\":\"Parcel 7\",\"tracking_number\":\"X\"}");
    assertThat(put.data().path("title").asString()).isEqualTo("Parcel 7");
    assertThat(put.data().path("tracking_number").asString()).isEqualTo(NUMBER);
    assertThat(api.send("POST", path + "/retrack", null).metaCode()).isEqualTo(4013);
    assertThat(api.send("POST", path + "/mark-as-completed", "{\"reason\":\"LOST?\"}").metaCode())
        .isEqualTo(4008);
    Answer done = api.send("POST", path + "/mark-as-completed", "{\"reason\":\"DELIVERED\"}");
    assertThat(done.data().path("tag").asString()).isEqualTo("Delivered");
    assertThat(done.data().path("active").asBoolean()).isFalse();
    Answer again = api.send("POST", path + "/retrack", null);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.data().path("active").asBoolean()).isTrue();
    assertThat(api.send("DELETE", path, null).status()).isEqualTo(200);
    Answer gone = api.get(path);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.metaCode()).isEqualTo(4004);
  }

  @Test
  void limitsRequestsPerSecondWithHeaders() throws IOException {
    backend.close();
    backend = start(2);
    ApiClient api = client();
    long reset = clock.instant().getEpochSecond() + 1;
    Answer first = api.get("/trackings");
    assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("1");
    assertThat(first.header("X-RateLimit-Reset")).isEqualTo(String.valueOf(reset));
    assertThat(api.get("/trackings").header("X-RateLimit-Remaining")).isEqualTo("0");
    Answer limited = api.get("/trackings");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.metaCode()).isEqualTo(429);
    assertThat(limited.header("X-RateLimit-Reset")).isEqualTo(String.valueOf(reset));
    clock.advance(Duration.ofSeconds(1));
    assertThat(api.get("/trackings").status()).isEqualTo(200);
    assertThat(backend.counters().rateLimited()).isEqualTo(1);
  }

  @Test
  void aThrottleAnswers429WithOnlyRetryAfterUntilItIsCleared() throws IOException {
    ApiClient api = client();
    backend.setThrottle(2);
    assertThat(backend.faults().throttlePerSecond()).isEqualTo(2);
    assertThat(api.get("/trackings").status()).isEqualTo(200);
    assertThat(api.get("/trackings").status()).isEqualTo(200);
    Answer shed = api.get("/trackings");
    assertThat(shed.status()).isEqualTo(429);
    assertThat(shed.header("Retry-After")).isEqualTo("1");
    assertThat(shed.header("X-RateLimit-Remaining")).isNull();
    assertThat(shed.header("X-RateLimit-Limit")).isNull();
    clock.advance(Duration.ofSeconds(1));
    assertThat(api.get("/trackings").status()).isEqualTo(200);
    backend.clearFaults();
    for (int i = 0; i < 5; i++) {
      assertThat(api.get("/trackings").status()).isEqualTo(200);
    }
    assertThat(backend.counters().rateLimited()).isEqualTo(1);
  }

  @Test
  void failsTheAskedShareOfRequests() throws IOException {
    ApiClient api = client();
    backend.setFailRate(1.0, List.of(503));
    Answer failed = api.create(NUMBER);
    assertThat(failed.status()).isEqualTo(503);
    assertThat(failed.metaCode()).isEqualTo(503);
    assertThat(backend.trackings()).isEmpty();
    backend.setFailRate(1.0);
    for (int i = 0; i < 6; i++) {
      assertThat(api.get("/trackings").status()).isIn(500, 502, 503);
    }
    backend.setFailRate(0.5);
    int failures = 0;
    for (int i = 0; i < 40; i++) {
      clock.advance(Duration.ofSeconds(1)); // stay under the rate limit
      failures += api.get("/trackings").status() >= 500 ? 1 : 0;
    }
    assertThat(failures).isBetween(8, 32);
    backend.setFailRate(0);
    assertThat(api.create(NUMBER).status()).isEqualTo(201);
  }

  @Test
  void addsLatency() throws IOException {
    backend.setLatency(Duration.ofMillis(300));
    long start = System.nanoTime();
    assertThat(client().get("/trackings").status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(backend.faults().latency()).isEqualTo(Duration.ofMillis(300));
  }

  @Test
  void refusesConnectionsAndComesBackOnTheSamePort() throws IOException {
    int port = backend.port();
    backend.setRefuseConnections(true);
    assertThatThrownBy(() -> client().get("/trackings")).isInstanceOf(ConnectException.class);
    backend.setRefuseConnections(false);
    assertThat(backend.port()).isEqualTo(port);
    assertThat(client().get("/trackings").status()).isEqualTo(200);
  }

  @Test
  void aCreateWhoseAnswerIsDroppedMeets4003OnRetry() throws IOException {
    backend.dropCreates(1);
    ApiClient api = client();
    assertThatThrownBy(() -> api.create(NUMBER)).isInstanceOf(IOException.class);
    assertThat(backend.trackings()).extracting(Tracking::trackingNumber).containsExactly(NUMBER);
    Answer retry = api.create(NUMBER);
    assertThat(retry.status()).isEqualTo(400);
    assertThat(retry.metaCode()).isEqualTo(4003);
    BackendCounters c = backend.counters();
    assertThat(c.creates()).isEqualTo(1);
    assertThat(c.dropped()).isEqualTo(1);
    assertThat(c.duplicates()).isEqualTo(1);
    assertThat(backend.received()).extracting(ReceivedRequest::status).containsExactly(0, 400);
    assertThat(backend.faults().createsToDrop()).isZero();
  }
}
