package org.scanstation.simulator.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;
import org.scanstation.simulator.testing.ApiClient;
import org.scanstation.simulator.testing.ApiClient.Answer;

/**
 * Query parameters over real HTTP: only {@code GET /trackings} takes one ({@code
 * tracking_numbers}); anything else, or a parameter given twice, is a 400 naming it, so a client
 * that misspells a filter does not get an answer that silently ignored it.
 */
class TrackingParametersIT {
  private static final String KEY = "test-key-123";
  private static final String NUMBER = "9400111899223197428497";

  private final SimulatedBackend backend =
      SimulatedBackend.start(
          InetAddress.getLoopbackAddress(),
          0,
          BackendSettings.withApiKey(KEY)
              .withRateLimit(100)
              .withClock(MutableClock.at("2026-01-05T08:00:00Z")));
  private final ApiClient api = new ApiClient(backend.baseUri(), KEY);

  @AfterEach
  void tearDown() {
    backend.close();
  }

  @Test
  void aMisspeltListFilterIsA400NamingItInsteadOfEveryTracking() throws IOException {
    assertThat(api.create(NUMBER).status()).isEqualTo(201);
    Answer misspelt = api.get("/trackings?tracking_number=" + NUMBER);
    assertThat(misspelt.status()).isEqualTo(400);
    assertThat(misspelt.metaCode()).isEqualTo(400);
    assertThat(misspelt.json().path("meta").path("type").asString()).isEqualTo("BadRequest");
    assertThat(misspelt.json().path("meta").path("message").asString())
        .isEqualTo(
            "unknown parameter 'tracking_number'; allowed: cursor, limit, tag, tracking_numbers,"
                + " updated_at_max, updated_at_min.");
    assertThat(misspelt.data().path("trackings").isMissingNode()).isTrue();
    assertThat(api.get("/trackings?page=2").status()).isEqualTo(400);
  }

  @Test
  void aRepeatedParameterIsA400NamingIt() throws IOException {
    Answer twice = api.get("/trackings?tracking_numbers=" + NUMBER + "&tracking_numbers=X");
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.json().path("meta").path("message").asString())
        .contains("parameter 'tracking_numbers' is given twice");
  }

  @Test
  void routesThatTakeNoParametersRefuseEveryOneAndDoNothing() throws IOException {
    Answer create =
        api.send(
            "POST",
            "/trackings?slug=usps",
            "{\"tracking_number\":\"" + NUMBER + "\",\"slug\":\"usps\"}");
    assertThat(create.status()).isEqualTo(400);
    assertThat(create.json().path("meta").path("message").asString())
        .isEqualTo("unknown parameter 'slug'; this takes no parameters.");
    assertThat(backend.trackings()).isEmpty();

    String id = api.create(NUMBER).data().path("id").asString();
    assertThat(api.get("/trackings/" + id + "?fields=title").status()).isEqualTo(400);
    assertThat(api.send("DELETE", "/trackings/" + id + "?force=1", null).status()).isEqualTo(400);
    assertThat(backend.trackings()).hasSize(1);
    assertThat(api.get("/trackings/" + id).status()).isEqualTo(200);
  }

  @Test
  void aListFilterIsDecodedAsAUriWhereAPlusStaysAPlus() throws IOException {
    assertThat(api.create(NUMBER).status()).isEqualTo(201);
    Answer encoded = api.get("/trackings?tracking_numbers=%39" + NUMBER.substring(1));
    assertThat(encoded.data().path("trackings")).hasSize(1);
    assertThat(api.get("/trackings?tracking_numbers=+" + NUMBER).data().path("trackings"))
        .isEmpty();
  }
}
