package org.scanstation.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.StationStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Durable before acknowledged: a station accepting a burst of scans is killed with SIGKILL; after
 * restart every acceptance it acknowledged is there, nothing is half-written, the chain verifies.
 */
class CrashIT {
  @TempDir static Path dataDir;

  private static int round;

  @RepeatedTest(3)
  void killedMidBurstLosesNothingItAcknowledged() throws Exception {
    round++;
    Set<String> acknowledged = new HashSet<>();
    try (StationProcess station =
        StationProcess.start(
            Map.of(),
            "accept",
            "--operator",
            "ana",
            "--scanner-id",
            "burst",
            "--data-dir",
            dataDir.toString())) {
      StringBuilder burst = new StringBuilder();
      for (int i = 0; i < 2000; i++) {
        burst
            .append(Mod10.withCheckDigit(String.format("9400111899%02d%09d", round, i)))
            .append('\n');
      }
      station.stdin().write(burst.toString().getBytes(StandardCharsets.US_ASCII));
      station.stdin().flush();
      while (acknowledged.size() < 150) {
        String line = station.nextLine(60);
        assertThat(line).as("result line; stderr: %s", station.err()).isNotNull();
        JsonNode r = JsonMapper.shared().readTree(line);
        assertThat(r.get("result").asString()).isEqualTo("ACCEPTED");
        acknowledged.add(r.get("trackingNumber").asString());
      }
      station.kill();
    }
    try (StationStore store = StationStore.open(dataDir)) {
      long acceptances = StoreAfterCrash.check(store, acknowledged);
      assertThat(acceptances).isGreaterThanOrEqualTo(150L * round);
    }
  }
}
