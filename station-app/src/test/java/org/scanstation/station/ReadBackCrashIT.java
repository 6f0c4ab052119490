package org.scanstation.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.CarrierSettings;
import org.scanstation.simulator.backend.ReceivedRequest;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.StationStore;

/**
 * A read-back killed with SIGKILL in the middle of a pull loses no carrier event and asks nothing
 * twice: after a restart, no parcel whose answer was kept before the kill is asked about again, and
 * every acceptance scan the simulated carrier made is in the store once.
 */
class ReadBackCrashIT {
  private static final int N = 400;
  private static final String KEY = "k-1";
  @TempDir Path dataDir;

  @Test
  void aPullKilledMidwayResumesWithoutLosingOrRefetching() throws Exception {
    try (SimulatedBackend backend =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY)
                .withRateLimit(1000)
                .withCarrier(CarrierSettings.scanning(0.8, Duration.ZERO)))) {
      Map<String, String> env = new HashMap<>();
      env.put("STATION_BACKEND_URL", backend.baseUri().toString());
      env.put("STATION_BACKEND_API_KEY", KEY);
      env.put("STATION_SYNC_RATE_LIMIT", "1000");
      env.put("STATION_TRACKING_POLL_UNSCANNED", "1s");
      List<String> numbers = accept(env);
      String[] dir = {"--data-dir", dataDir.toString()};
      try (StationProcess sync = StationProcess.start(env, with("sync", "--until-empty", dir))) {
        assertThat(sync.waitFor(120)).as(sync.err()).isZero();
      }
      backend.setLatency(Duration.ofMillis(400)); // eight batches of 50: a pull of some seconds
      await().atMost(Duration.ofSeconds(10)).until(() -> kept(numbers).isEmpty() && dueAll());
      int readsBefore = reads(backend, Instant.MIN).size();
      // Once read, a parcel is next due an hour later: any read of it after the restart is a
      // fetch without need.
      Map<String, String> pull = new HashMap<>(env);
      pull.put("STATION_TRACKING_POLL_UNSCANNED", "1h");
      try (StationProcess first =
          StationProcess.start(pull, with("tracking", "pull", "--once", dir))) {
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> reads(backend, Instant.MIN).size() >= readsBefore + 3);
        first.kill();
      }
      Instant killedAt = Instant.now();
      Set<String> keptBeforeKill = kept(numbers);
      assertThat(keptBeforeKill).isNotEmpty().hasSizeLessThan(N);

      backend.setLatency(Duration.ZERO);
      try (StationProcess again =
          StationProcess.start(pull, with("tracking", "pull", "--once", dir))) {
        assertThat(again.waitFor(120)).as(again.err()).isZero();
      }
      Set<String> askedAgain = new HashSet<>();
      reads(backend, killedAt).forEach(askedAgain::addAll);
      assertThat(askedAgain).doesNotContainAnyElementsOf(keptBeforeKill);
      assertThat(kept(numbers)).hasSize(N);
      assertThat(acceptanceScans())
          .containsExactlyInAnyOrderElementsOf(backend.carrierTruth().scanned());
      System.out.printf(
          "read-back recovery: %d of %d parcels kept before SIGKILL; the restart asked about"
              + " %d, none of them again%n",
          keptBeforeKill.size(), N, askedAgain.size());
    }
  }

  private static String[] with(String a, String b, String[] dir) {
    return new String[] {a, b, dir[0], dir[1]};
  }

  private static String[] with(String a, String b, String c, String[] dir) {
    return new String[] {a, b, c, dir[0], dir[1]};
  }

  private List<String> accept(Map<String, String> env) {
    List<String> numbers = new ArrayList<>();
    try (LocalStation station =
        new LocalStation(
            StationStore.open(dataDir),
            StationConfig.load(null, env),
            new FixedLabels(),
            Clock.systemUTC())) {
      for (int i = 0; i < N; i++) {
        String n = Mod10.withCheckDigit(String.format("9400111899%011d", i));
        station.accept(n, "ana", "desk-1");
        numbers.add(n);
      }
    }
    return numbers;
  }

  /** The tracking_numbers each read asked about, for reads the backend got after {@code from}. */
  private static List<List<String>> reads(SimulatedBackend backend, Instant from) {
    List<List<String>> out = new ArrayList<>();
    for (ReceivedRequest r : backend.received()) {
      if (r.method().equals("GET") && r.query() != null && r.at().isAfter(from)) {
        for (String part : r.query().split("&")) {
          if (part.startsWith("tracking_numbers=")) {
            out.add(
                Arrays.asList(
                    URLDecoder.decode(part.substring(17), StandardCharsets.UTF_8).split(",")));
          }
        }
      }
    }
    return out;
  }

  /** Parcels whose carrier answer the store kept. */
  private Set<String> kept(List<String> numbers) {
    return query("SELECT tracking_number FROM carrier_status WHERE checked_at IS NOT NULL");
  }

  private boolean dueAll() {
    return query(
                "SELECT tracking_number FROM carrier_status WHERE next_check_at <= "
                    + System.currentTimeMillis())
            .size()
        == N;
  }

  private Set<String> acceptanceScans() {
    return query("SELECT DISTINCT tracking_number FROM carrier_event WHERE code IN ('03', 'OA')");
  }

  private Set<String> query(String sql) {
    try (StationStore store = StationStore.open(dataDir)) {
      return store.read(
          c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
            }
            return out;
          });
    }
  }
}
