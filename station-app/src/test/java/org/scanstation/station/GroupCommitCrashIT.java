package org.scanstation.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.api.AcceptOutcome;
import org.scanstation.station.app.RunFile;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.web.StationApiClient;

/**
 * Group commit keeps "durable before acknowledged": sixteen desks scan at once into a running
 * station (its local API, over real HTTP), so their acceptances commit in groups; the station is
 * killed with SIGKILL while they are mid-commit. After restart every acceptance a desk was told
 * about is there exactly once with its label, print job and outbox entry, and the chain verifies.
 */
class GroupCommitCrashIT {
  private static final int DESKS = 16;

  @TempDir Path dataDir;

  @Test
  void killedWhileSixteenDesksCommitLosesNothingAnyDeskWasTold() throws Exception {
    Set<String> told = ConcurrentHashMap.newKeySet();
    ExecutorService desks = Executors.newFixedThreadPool(DESKS);
    try (StationProcess station =
        StationProcess.start(
            Map.of(
                "STATION_HTTP_PORT", "0",
                "STATION_SUPERVISOR_PIN", "2468",
                "STATION_SYNC_ENABLED", "false"),
            "run",
            "--data-dir",
            dataDir.toString())) {
      RunFile run =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(() -> RunFile.read(dataDir).orElse(null), r -> r != null);
      StationApiClient api = new StationApiClient(run.url(), run.token(), run.pid());
      for (int d = 0; d < DESKS; d++) {
        int desk = d;
        desks.submit(
            () -> {
              for (int i = 0; ; i++) {
                String n = Mod10.withCheckDigit(String.format("9400111899%02d%09d", desk, i));
                AcceptOutcome r;
                try {
                  r = api.accept(n, "ana", "desk-" + desk);
                } catch (RuntimeException gone) {
                  return; // the station was killed: this desk was told nothing more
                }
                if (r.result().equals("ACCEPTED")) {
                  told.add(r.trackingNumber());
                }
              }
            });
      }
      await().atMost(Duration.ofSeconds(120)).until(() -> told.size() >= 400);
      station.kill();
    } finally {
      desks.shutdown();
      assertThat(desks.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    List<String> acknowledged = new ArrayList<>(told);

    try (StationStore store = StationStore.open(dataDir)) {
      StoreAfterCrash.check(store, acknowledged);
    }
  }
}
