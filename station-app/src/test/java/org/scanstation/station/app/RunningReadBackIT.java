package org.scanstation.station.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.CarrierSettings;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.simulator.backend.WebhookSettings;
import org.scanstation.station.api.ParcelTracking;
import org.scanstation.station.api.TimelineEntry;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * {@code station run} reads the carrier back by itself and takes AfterShip's webhooks in: against
 * the simulated backend over real HTTP, every accepted parcel gets its USPS acceptance scan, once,
 * whether a poll or a webhook brought it.
 */
class RunningReadBackIT {
  private static final String KEY = "k-1";
  private static final String SECRET = "whsec-run-1";
  @TempDir Path dataDir;

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void aRunningStationPollsAndListensAndKeepsEachCarrierEventOnce() throws Exception {
    int hookPort = freePort();
    URI hook = URI.create("http://127.0.0.1:" + hookPort + "/webhooks/aftership");
    try (SimulatedBackend backend =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY)
                .withRateLimit(50)
                .withCarrier(CarrierSettings.scanning(1, Duration.ofSeconds(1)))
                .withWebhooks(WebhookSettings.to(hook, SECRET)))) {
      Map<String, String> env = new HashMap<>();
      env.put("STATION_HTTP_PORT", "0");
      env.put("STATION_BACKEND_URL", backend.baseUri().toString());
      env.put("STATION_BACKEND_API_KEY", KEY);
      env.put("STATION_SYNC_RATE_LIMIT", "50");
      env.put("STATION_TRACKING_POLL_UNSCANNED", "1s");
      env.put("STATION_TRACKING_WEBHOOK_LISTEN", "127.0.0.1:" + hookPort);
      env.put("STATION_WEBHOOK_SECRET", SECRET);
      List<String> numbers =
          List.of(
              Mod10.withCheckDigit("940011189900000000101"),
              Mod10.withCheckDigit("940011189900000000102"),
              Mod10.withCheckDigit("940011189900000000103"));
      try (RunningStation run = RunningStation.start(dataDir, StationConfig.load(null, env), env)) {
        assertThat(run.readBack()).isPresent();
        for (String n : numbers) {
          run.station().accept(n, "ana", "desk-1");
        }
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    numbers.stream()
                        .allMatch(n -> run.station().track(n).orElseThrow().mailedAt() != null));
        await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> backend.webhooks().counters().answered2xx() >= numbers.size());
        for (String n : numbers) {
          ParcelTracking t = run.station().track(n).orElseThrow();
          List<TimelineEntry> scans =
              t.timeline().stream().filter(e -> "MAILING".equals(e.proof())).toList();
          assertThat(scans).as(n).hasSize(1);
          assertThat(t.timeline().stream().filter(e -> e.source().equals("AFTERSHIP")))
              .as(n)
              .hasSize(1);
        }
      }
    }
  }
}
