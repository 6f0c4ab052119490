package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.StationStore;

/**
 * {@code station sync --until-empty} against the simulated backend over real HTTP, with standard
 * error not a terminal: plain progress lines against the backlog found at the start, none with
 * {@code --quiet}, and standard output the same either way.
 */
class SyncProgressIT {
  private static final String KEY = "k-1";
  private static final int BACKLOG = 300;

  @TempDir Path work;

  private static void accept(Path dataDir, Map<String, String> env, int offset) {
    try (LocalStation station =
        new LocalStation(
            StationStore.open(dataDir),
            StationConfig.load(null, env),
            new FixedLabels(),
            Clock.systemUTC())) {
      for (int i = 1; i <= BACKLOG; i++) {
        String n = Mod10.withCheckDigit(String.format("9400111899%011d", offset + i));
        assertThat(station.accept(n, "ana", "desk-1").result()).isEqualTo("ACCEPTED");
      }
    }
  }

  private static CliRun sync(Path dataDir, Map<String, String> env, String... extra) {
    String[] args = new String[3 + extra.length];
    args[0] = "sync";
    args[1] = "--until-empty";
    System.arraycopy(extra, 0, args, 2, extra.length);
    args[args.length - 1] = "--data-dir=" + dataDir;
    return CliRun.run(new byte[0], env, args);
  }

  @Test
  void drainingTheBacklogShowsLinesAgainstItAndQuietShowsNone() throws Exception {
    try (SimulatedBackend backend =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY).withRateLimit(100))) {
      Map<String, String> env =
          Map.of(
              "STATION_BACKEND_URL",
              backend.baseUri().toString(),
              "STATION_BACKEND_API_KEY",
              KEY,
              "STATION_SYNC_RATE_LIMIT",
              "100");
      Path lines = work.resolve("lines");
      Path quiet = work.resolve("quiet");
      accept(lines, env, 0);
      accept(quiet, env, BACKLOG);

      CliRun shown = sync(lines, env);
      CliRun silent = sync(quiet, env, "--quiet");

      assertThat(shown.exit()).as(shown.err()).isZero();
      assertThat(silent.exit()).as(silent.err()).isZero();
      assertThat(shown.err())
          .containsPattern("station: sync \\d+/" + BACKLOG + " entries \\(\\d+%\\), \\d+ entries/s")
          .contains("station: sync done: " + BACKLOG + " entries in ")
          .doesNotContain("\r");
      assertThat(silent.err()).doesNotContain("entries");
      assertThat(shown.out()).doesNotContain("station: sync");
      assertThat(backend.trackings()).hasSize(2 * BACKLOG);
    }
  }
}
