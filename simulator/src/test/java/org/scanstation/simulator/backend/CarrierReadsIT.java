package org.scanstation.simulator.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;
import org.scanstation.simulator.testing.ApiClient;
import org.scanstation.simulator.testing.ApiClient.Answer;
import org.scanstation.simulator.usps.UspsCheckDigit;
import tools.jackson.databind.JsonNode;

/** The read endpoints over real HTTP while the simulated carrier moves the trackings. */
class CarrierReadsIT {
  private static final String KEY = "test-key-123";
  private static final String NUMBER = "9400111899223197428497";

  private final MutableClock clock = MutableClock.at("2026-01-05T08:00:00Z");
  private final List<SimulatedBackend> started = new ArrayList<>();

  private ApiClient api(CarrierSettings carrier, int rateLimit) {
    SimulatedBackend b =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY)
                .withRateLimit(rateLimit)
                .withClock(clock)
                .withCarrier(carrier));
    started.add(b);
    return new ApiClient(b.baseUri(), KEY);
  }

  @AfterEach
  void stop() {
    started.forEach(SimulatedBackend::close);
  }

  private static List<String> numbers(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(UspsCheckDigit.append(String.format("940011189922319%06d", i)));
    }
    return out;
  }

  @Test
  void aTrackingShowsItsCheckpointsOnceTheyHappenAndUpdatedAtMoves() throws IOException {
    ApiClient api =
        api(
            CarrierSettings.scanning(1, Duration.ofSeconds(2)).delivering(Duration.ofSeconds(10)),
            50);
    String id = api.create(NUMBER).data().path("id").asString();

    JsonNode pending = api.get("/trackings/" + id).data();
    assertThat(pending.path("tag").asString()).isEqualTo("Pending");
    assertThat(pending.path("checkpoints")).isEmpty();
    assertThat(pending.path("updated_at").asString()).isEqualTo("2026-01-05T08:00:00+00:00");

    clock.advance(Duration.ofSeconds(2));
    JsonNode accepted = api.get("/trackings/" + id).data();
    JsonNode cp = accepted.path("checkpoints").get(0);
    assertThat(accepted.path("tag").asString()).isEqualTo("InTransit");
    assertThat(accepted.path("updated_at").asString()).isEqualTo("2026-01-05T08:00:02+00:00");
    assertThat(cp.path("raw_tag").asString()).isIn("03", "OA");
    assertThat(cp.path("checkpoint_time").asString()).isEqualTo("2026-01-05T03:00:02-05:00");
    assertThat(cp.path("subtag").asString()).isEqualTo("InTransit_002");
    assertThat(cp.path("subtag_message").asString()).isEqualTo("Acceptance scan");
    for (String f :
        new String[] {"city", "state", "zip", "location", "country_region", "message"}) {
      assertThat(cp.path(f).asString()).as(f).isNotBlank();
    }

    clock.advance(Duration.ofSeconds(8));
    JsonNode delivered = api.get("/trackings/" + id).data();
    assertThat(delivered.path("tag").asString()).isEqualTo("Delivered");
    assertThat(delivered.path("signed_by").asString()).isNotBlank();
    assertThat(delivered.path("checkpoints")).hasSize(3);
    JsonNode last = api.get("/last_checkpoint/" + id).data();
    assertThat(last.path("tag").asString()).isEqualTo("Delivered");
    assertThat(last.path("checkpoint").path("raw_tag").asString()).isEqualTo("01");
    assertThat(api.get("/last_checkpoint/nope").status()).isEqualTo(404);
  }

  @Test
  void theListFiltersByNumberTagAndUpdatedAtAndPagesWithACursor() throws IOException {
    ApiClient api = api(CarrierSettings.scanning(0.5, Duration.ofSeconds(2)), 100);
    List<String> numbers = numbers(30);
    for (String n : numbers) {
      assertThat(api.create(n).status()).isEqualTo(201);
    }
    clock.advance(Duration.ofSeconds(3));

    Answer two = api.get("/trackings?tracking_numbers=" + numbers.get(0) + "," + numbers.get(1));
    assertThat(two.data().path("trackings")).hasSize(2);

    int pending = api.get("/trackings?tag=Pending").data().path("pagination").path("total").asInt();
    int moving =
        api.get("/trackings?tag=InTransit").data().path("pagination").path("total").asInt();
    assertThat(pending + moving).isEqualTo(30);
    assertThat(pending).isBetween(5, 25);
    Answer since = api.get("/trackings?updated_at_min=2026-01-05T08:00:01Z");
    assertThat(since.data().path("pagination").path("total").asInt()).isEqualTo(moving);
    Answer before = api.get("/trackings?updated_at_max=2026-01-05T08:00:00%2B00:00");
    assertThat(before.data().path("pagination").path("total").asInt()).isEqualTo(pending);

    List<String> seen = new ArrayList<>();
    String cursor = "";
    do {
      JsonNode page = api.get("/trackings?limit=7" + cursor).data();
      page.path("trackings").forEach(t -> seen.add(t.path("tracking_number").asString()));
      boolean more = page.path("pagination").path("has_next_page").asBoolean();
      cursor = more ? "&cursor=" + page.path("pagination").path("next_cursor").asString() : null;
    } while (cursor != null);
    assertThat(seen).containsExactlyElementsOf(numbers);
  }

  @Test
  void badListParametersAreErrorsNamingThem() throws IOException {
    ApiClient api = api(CarrierSettings.OFF, 100);
    assertThat(api.get("/trackings?limit=201").json().path("meta").path("message").asString())
        .contains("limit");
    assertThat(api.get("/trackings?limit=0").status()).isEqualTo(400);
    assertThat(api.get("/trackings?tag=Lost").status()).isEqualTo(400);
    assertThat(api.get("/trackings?updated_at_min=yesterday").status()).isEqualTo(400);
    assertThat(api.get("/trackings?cursor=%21%21").status()).isEqualTo(400);
    Answer unknown = api.get("/trackings?page=2");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("meta").path("message").asString()).contains("'page'");
    assertThat(api.get("/trackings").data().path("pagination").path("has_next_page").asBoolean())
        .isFalse();
  }

  @Test
  void anExpiredTrackingCanBeRetrackedThreeTimesThenNoMore() throws IOException {
    ApiClient api = api(CarrierSettings.OFF.expiring(Duration.ofMinutes(1)), 100);
    String path = "/trackings/" + api.create(NUMBER).data().path("id").asString();
    assertThat(api.send("POST", path + "/retrack", null).metaCode()).isEqualTo(4013);
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofMinutes(1));
      assertThat(api.get(path).data().path("tag").asString()).isEqualTo("Expired");
      Answer r = api.send("POST", path + "/retrack", null);
      assertThat(r.status()).as("retrack %d", i + 1).isEqualTo(200);
      assertThat(r.data().path("active").asBoolean()).isTrue();
    }
    clock.advance(Duration.ofMinutes(1));
    Answer fourth = api.send("POST", path + "/retrack", null);
    assertThat(fourth.status()).isEqualTo(400);
    assertThat(fourth.metaCode()).isEqualTo(4016);
  }

  @Test
  void readsCountAgainstTheRateLimitAndAreKept() throws IOException {
    ApiClient api = api(CarrierSettings.OFF, 3);
    String id = api.create(NUMBER).data().path("id").asString();
    assertThat(api.get("/trackings/" + id).status()).isEqualTo(200);
    assertThat(api.get("/last_checkpoint/" + id).status()).isEqualTo(200);
    Answer over = api.get("/trackings?tracking_numbers=" + NUMBER);
    assertThat(over.status()).isEqualTo(429);
    assertThat(over.header("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(started.get(0).received())
        .extracting(ReceivedRequest::path)
        .containsExactly(
            "/tracking/2024-04/trackings",
            "/tracking/2024-04/trackings/" + id,
            "/tracking/2024-04/last_checkpoint/" + id,
            "/tracking/2024-04/trackings");
  }
}
