package org.scanstation.station.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.CarrierSettings;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.simulator.backend.WebhookSettings;
import org.scanstation.station.acceptance.Accepting;
import org.scanstation.station.api.ParcelTracking;
import org.scanstation.station.config.Secret;
import org.scanstation.station.domain.carrier.PollPlan;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.DerbyCarrierLedger;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.store.TrackingQueries;

/**
 * The simulator's signed webhooks into the listener and the real store: a badly signed delivery
 * changes nothing, a duplicate is taken once, and an older delivery arriving last cannot move the
 * parcel back.
 */
class WebhooksIntoStoreIT {
  private static final String KEY = "test-key-123";
  private static final String SECRET = "whsec-5e1f";
  private static final String NUMBER = Mod10.withCheckDigit("940011189900000000007");

  private final MutableClock clock = MutableClock.at("2026-01-05T08:00:00Z");
  private final StationStore store = StationStore.inMemory("webhooks-" + UUID.randomUUID());
  private final WebhookServer server =
      WebhookServer.start(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
          Secret.load("s", null, "S", Map.of("S", SECRET), "set S"),
          256 * 1024,
          ReadBack.inbox(new DerbyCarrierLedger(store), PollPlan.DEFAULT, clock));
  private SimulatedBackend backend;

  @AfterEach
  void close() {
    if (backend != null) {
      backend.close();
    }
    server.close();
    store.close();
  }

  private void start() throws Exception {
    Accepting.accept(store, Instant.parse("2026-01-05T07:59:00Z"), List.of(NUMBER));
    URI hook = URI.create("http://127.0.0.1:" + server.address().getPort() + WebhookServer.PATH);
    backend =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY)
                .withClock(clock)
                .withCarrier(
                    CarrierSettings.scanning(1, Duration.ofSeconds(2))
                        .delivering(Duration.ofSeconds(10)))
                .withWebhooks(WebhookSettings.to(hook, SECRET).retrying(1, Duration.ofMillis(50))));
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(backend.baseUri() + "/trackings"))
                    .header("as-api-key", KEY)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"tracking_number\":\"" + NUMBER + "\",\"slug\":\"usps\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).isEqualTo(201);
  }

  private long count(String table) {
    return store.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private ParcelTracking tracking() {
    return new TrackingQueries(store).track(NUMBER).orElseThrow();
  }

  @Test
  void badlySignedDuplicateAndLateDeliveriesChangeNothing() throws Exception {
    start();
    clock.advance(Duration.ofSeconds(2)); // the acceptance scan
    await().atMost(Duration.ofSeconds(5)).until(() -> count("carrier_event") == 1);
    assertThat(tracking().mailedCode()).isIn("03", "OA");

    backend.webhooks().fault("bad-signature", 1);
    clock.advance(Duration.ofSeconds(4)); // the processing scan, badly signed
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> backend.webhooks().sent().stream().anyMatch(s -> s.status() == 401));
    assertThat(count("carrier_event")).isEqualTo(1);
    assertThat(count("webhook_seen")).isEqualTo(1);

    backend.webhooks().fault("duplicate", 1);
    backend.webhooks().fault("out-of-order", 1);
    clock.advance(Duration.ofSeconds(6)); // delivered; then the same again, then an older one
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> backend.webhooks().sent().stream().filter(s -> s.status() == 200).count() >= 4);
    ParcelTracking t = tracking();
    assertThat(t.state()).isEqualTo("DELIVERED");
    assertThat(t.tag()).isEqualTo("Delivered");
    assertThat(t.signer()).isNotBlank();
    assertThat(count("carrier_event")).isEqualTo(3); // accepted, processed, delivered: once each
    long distinct =
        backend.webhooks().sent().stream()
            .filter(s -> s.status() == 200)
            .map(s -> s.eventId())
            .distinct()
            .count();
    assertThat(count("webhook_seen")).isEqualTo(distinct);
  }
}
