package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.CarrierSettings;
import org.scanstation.simulator.backend.CarrierTruth;
import org.scanstation.simulator.backend.ReceivedRequest;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.simulator.uspsapi.SimulatedUspsApi;
import org.scanstation.simulator.uspsapi.UspsApiSettings;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.StationStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code station tracking pull}, {@code unscanned} and {@code track} against the simulated
 * AfterShip backend and USPS APIs v3 over real HTTP: the report lists exactly the parcels the
 * simulated carrier never scanned, each scanned parcel shows its USPS acceptance with its source,
 * and each parcel is read from the source its Mailer ID allows.
 */
class TrackingCommandsIT {
  private static final String KEY = "k-1";
  private static final String FOREIGN_MID = "899223";
  private static final String OWN_MID = "123456";
  private static final String REFUSED_MID = "654321";

  @TempDir Path dataDir;

  private static String number(String mid, int i) {
    return Mod10.withCheckDigit("94001" + mid + String.format("%010d", i));
  }

  private Map<String, String> env(SimulatedBackend backend) {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_BACKEND_URL", backend.baseUri().toString());
    env.put("STATION_BACKEND_API_KEY", KEY);
    env.put("STATION_SYNC_RATE_LIMIT", "50");
    env.put("STATION_TRACKING_POLL_UNSCANNED", "1s");
    return env;
  }

  private void accept(Map<String, String> env, List<String> numbers) {
    try (LocalStation station =
        new LocalStation(
            StationStore.open(dataDir),
            StationConfig.load(null, env),
            new FixedLabels(),
            Clock.systemUTC())) {
      for (String n : numbers) {
        station.accept(n, "ana", "desk-1");
      }
    }
  }

  private CliRun station(Map<String, String> env, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--data-dir");
    all.add(dataDir.toString());
    return CliRun.run(new byte[0], env, all.toArray(String[]::new));
  }

  private static JsonNode json(CliRun r) {
    return JsonMapper.shared().readTree(r.out());
  }

  private static Set<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.path(field).asString())
        .collect(Collectors.toSet());
  }

  @Test
  void unscannedListsExactlyTheParcelsTheCarrierNeverScannedAndTrackShowsTheAcceptance()
      throws Exception {
    try (SimulatedBackend backend =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY)
                .withRateLimit(50)
                .withSeed(7)
                .withCarrier(CarrierSettings.scanning(0.8, Duration.ofSeconds(1))))) {
      Map<String, String> env = env(backend);
      List<String> numbers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        numbers.add(number(FOREIGN_MID, i));
      }
      accept(env, numbers);
      assertThat(station(env, "sync", "--until-empty").exit()).isZero();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  backend.carrierTruth().notScanned().size()
                      == backend.carrierTruth().neverScanned().size());
      CarrierTruth truth = backend.carrierTruth();
      assertThat(truth.neverScanned()).isNotEmpty().hasSizeLessThan(numbers.size());

      CliRun pull = station(env, "tracking", "pull", "--once");
      assertThat(pull.exit()).as(pull.err()).isZero();
      assertThat(json(pull).path("checked").asInt()).isEqualTo(numbers.size());

      CliRun unscanned = station(env, "unscanned", "--older-than", "1s", "--format", "json");
      assertThat(unscanned.exit()).as(unscanned.err()).isEqualTo(1);
      assertThat(texts(json(unscanned).path("parcels"), "trackingNumber"))
          .containsExactlyInAnyOrderElementsOf(truth.neverScanned());

      for (String scanned : truth.scanned()) {
        CliRun track = station(env, "track", scanned, "--format", "json");
        assertThat(track.exit()).as(track.err()).isZero();
        JsonNode mailing =
            StreamSupport.stream(json(track).path("timeline").spliterator(), false)
                .filter(e -> "MAILING".equals(e.path("proof").asString(null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no proof of mailing for " + scanned));
        assertThat(mailing.path("source").asString()).isEqualTo("AFTERSHIP");
        assertThat(mailing.path("code").asString()).isIn("03", "OA");
      }
      CliRun text = station(env, "track", truth.scanned().get(0));
      assertThat(text.out()).contains("proof of mailing").contains("STATION   ACCEPTED");
    }
  }

  @Test
  void ownMidParcelsAreReadFromUspsTheRestFromAfterShipAndARefusedMidEndsAfterOneCall()
      throws Exception {
    try (SimulatedBackend backend =
            SimulatedBackend.start(
                InetAddress.getLoopbackAddress(), 0, BackendSettings.withApiKey(KEY));
        SimulatedUspsApi usps =
            SimulatedUspsApi.start(
                InetAddress.getLoopbackAddress(),
                0,
                UspsApiSettings.of(Set.of(OWN_MID), "station-app", "s3cret")
                    .withTimeline(1.0, Duration.ZERO, Duration.ofDays(1), 1))) {
      Map<String, String> env = env(backend);
      env.put("STATION_TRACKING_USPS_URL", usps.baseUri().toString());
      env.put("STATION_TRACKING_USPS_OWN_MIDS", OWN_MID + "," + REFUSED_MID);
      env.put("STATION_TRACKING_USPS_CLIENT_ID", "station-app");
      env.put("STATION_USPS_CLIENT_SECRET", "s3cret");
      List<String> own = List.of(number(OWN_MID, 1), number(OWN_MID, 2), number(OWN_MID, 3));
      List<String> refused = List.of(number(REFUSED_MID, 1), number(REFUSED_MID, 2));
      List<String> foreign = List.of(number(FOREIGN_MID, 1), number(FOREIGN_MID, 2));
      List<String> all = new ArrayList<>(own);
      all.addAll(refused);
      all.addAll(foreign);
      accept(env, all);
      List<String> viaUsps = new ArrayList<>(own);
      viaUsps.addAll(refused);
      // Each parcel is first due a second after its acceptance: pull until all were asked once.
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  station(env, "tracking", "pull", "--once").exit() == 0
                      && viaUsps.stream().allMatch(n -> usps.callsFor(n) > 0)
                      && askedOfAfterShip(backend).containsAll(foreign));
      assertThat(station(env, "tracking", "pull", "--once").exit()).isZero();

      for (String n : own) {
        assertThat(usps.callsFor(n)).as(n).isEqualTo(1);
        JsonNode t = json(station(env, "track", n, "--format", "json"));
        assertThat(t.path("mailedCode").asString()).isEqualTo("03");
        assertThat(texts(t.path("timeline"), "source")).contains("USPS", "STATION");
      }
      for (String n : refused) {
        assertThat(usps.callsFor(n)).as(n).isEqualTo(1);
        JsonNode t = json(station(env, "track", n, "--format", "json"));
        assertThat(t.path("state").asString()).isEqualTo("NOT_AUTHORIZED");
        assertThat(t.path("stateReason").asString()).isNotBlank();
      }
      assertThat(askedOfAfterShip(backend))
          .containsAll(foreign)
          .doesNotContainAnyElementsOf(own)
          .doesNotContainAnyElementsOf(refused);
    }
  }

  private static Set<String> askedOfAfterShip(SimulatedBackend backend) {
    Set<String> asked = new java.util.HashSet<>();
    for (ReceivedRequest r : backend.received()) {
      if (!r.method().equals("GET") || r.query() == null) {
        continue;
      }
      for (String part : r.query().split("&")) {
        if (part.startsWith("tracking_numbers=")) {
          asked.addAll(
              Arrays.asList(
                  URLDecoder.decode(part.substring(17), StandardCharsets.UTF_8).split(",")));
        }
      }
    }
    return asked;
  }
}
