package org.scanstation.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.simulator.backend.Tracking;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.StationStore;

/**
 * A station killed with SIGKILL in the middle of draining its outbox loses nothing and creates
 * nothing twice: after a restart every acceptance is at the backend exactly once.
 */
class SyncCrashIT {
  private static final int N = 120;
  @TempDir Path dataDir;

  @Test
  void aSyncKilledMidDrainDeliversEverythingOnceAfterRestart() throws Exception {
    try (LocalStation station =
        new LocalStation(
            StationStore.open(dataDir),
            StationConfig.load(null, Map.of()),
            new FixedLabels(),
            Clock.systemUTC())) {
      for (int i = 0; i < N; i++) {
        station.accept(Mod10.withCheckDigit(String.format("9400111899%011d", i)), "ana", "s");
      }
    }
    try (SimulatedBackend backend =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey("k-1").withRateLimit(20))) {
      backend.setLatency(Duration.ofMillis(30));
      Map<String, String> env = Map.of("STATION_BACKEND_API_KEY", "k-1");
      String[] args = {
        "sync",
        "--until-empty",
        "--backend",
        backend.baseUri().toString(),
        "--data-dir",
        dataDir.toString()
      };
      try (StationProcess first = StationProcess.start(env, args)) {
        await().atMost(Duration.ofSeconds(60)).until(() -> backend.trackings().size() >= N / 3);
        first.kill();
      }
      int before = backend.trackings().size();
      assertThat(before).isLessThan(N);
      long t0 = System.nanoTime();
      try (StationProcess again = StationProcess.start(env, args)) {
        assertThat(again.waitFor(120)).as(again.err()).isZero();
      }
      System.out.printf(
          "sync recovery: %d of %d were delivered before SIGKILL; the restarted"
              + " sync delivered the rest in %.1f s%n",
          before, N, (System.nanoTime() - t0) / 1e9);
      Map<String, Long> perNumber =
          backend.trackings().stream()
              .collect(Collectors.groupingBy(Tracking::trackingNumber, Collectors.counting()));
      assertThat(perNumber).hasSize(N);
      assertThat(perNumber.values()).containsOnly(1L);
    }
  }
}
