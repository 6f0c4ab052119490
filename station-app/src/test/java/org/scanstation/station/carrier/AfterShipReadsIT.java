package org.scanstation.station.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.CarrierSettings;
import org.scanstation.simulator.backend.CarrierTruth;
import org.scanstation.simulator.backend.ReceivedRequest;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.simulator.backend.Tracking;
import org.scanstation.station.api.OutboxPayload;
import org.scanstation.station.config.ApiKey;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierSummary;
import org.scanstation.station.domain.carrier.CarrierTag;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.sync.AfterShipBackend;
import org.scanstation.station.sync.SyncOutcome;

/** AfterShipReads against the simulator's backend and carrier, over real HTTP. */
class AfterShipReadsIT {
  private static final String KEY = "test-key-123";
  private static final ApiKey API_KEY = ApiKey.load(null, Map.of(ApiKey.ENV, KEY));
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final MutableClock clock = MutableClock.at("2026-01-05T08:00:00Z");
  private final Instant acceptedAt = clock.instant().minusSeconds(1);
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private SimulatedBackend backend(CarrierSettings carrier, int rateLimit) {
    SimulatedBackend b =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY)
                .withRateLimit(rateLimit)
                .withClock(clock)
                .withCarrier(carrier));
    open.add(b);
    return b;
  }

  private AfterShipReads reads(URI base, ApiKey key) {
    return new AfterShipReads(base, key, TIMEOUT, clock);
  }

  private List<String> create(SimulatedBackend b, int n) {
    AfterShipBackend creates = new AfterShipBackend(b.baseUri(), API_KEY, TIMEOUT, clock);
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String num = Mod10.withCheckDigit(String.format("9400111899%011d", i));
      OutboxPayload p =
          new OutboxPayload(
              "e-" + i, num, "usps", null, num, null, "s1", "ana", acceptedAt.toString(), "81");
      assertThat(creates.create(p).outcome()).isInstanceOf(SyncOutcome.Delivered.class);
      numbers.add(num);
    }
    return numbers;
  }

  private static List<CarrierReading> readings(ReadReply r) {
    assertThat(r.outcome()).isInstanceOf(ReadOutcome.Read.class);
    return ((ReadOutcome.Read) r.outcome()).readings();
  }

  @Test
  void readsBackWhatTheSimulatedCarrierDidWithEachParcel() {
    SimulatedBackend b =
        backend(
            CarrierSettings.scanning(0.8, Duration.ofSeconds(2)).delivering(Duration.ofSeconds(10)),
            1000);
    List<String> numbers = create(b, 60);
    AfterShipReads reads = reads(b.baseUri(), API_KEY);
    assertThat(readings(reads.read(numbers.subList(0, 50))))
        .allMatch(r -> r.events().isEmpty() && r.tag() == CarrierTag.PENDING);

    clock.advance(Duration.ofSeconds(11));
    Map<String, CarrierReading> byNumber = new HashMap<>();
    for (int i = 0; i < numbers.size(); i += reads.batchSize()) {
      List<String> batch = numbers.subList(i, Math.min(numbers.size(), i + reads.batchSize()));
      readings(reads.read(batch)).forEach(r -> byNumber.put(r.trackingNumber(), r));
    }
    assertThat(byNumber).hasSize(60);

    CarrierTruth truth = b.carrierTruth();
    assertThat(truth.notScanned()).isNotEmpty().hasSizeLessThan(30);
    List<String> unscanned =
        numbers.stream()
            .filter(n -> !CarrierSummary.of(byNumber.get(n).events(), acceptedAt).scanned())
            .toList();
    assertThat(unscanned).containsExactlyElementsOf(truth.notScanned());
    Map<String, String> ids = new HashMap<>();
    b.trackings().forEach(t -> ids.put(t.trackingNumber(), t.id()));
    for (String n : truth.scanned()) {
      CarrierReading r = byNumber.get(n);
      CarrierSummary s = CarrierSummary.of(r.events(), acceptedAt);
      assertThat(r.source()).isEqualTo(CarrierSource.AFTERSHIP);
      assertThat(r.backendId()).isEqualTo(ids.get(n));
      assertThat(s.acceptance().code()).isIn("03", "OA");
      assertThat(s.acceptance().zip()).matches("\\d{5}");
      assertThat(s.acceptance().occurredAt()).isEqualTo(acceptedAt.plusSeconds(3));
      if (r.tag() == CarrierTag.DELIVERED) {
        assertThat(s.delivery().signer()).isNotBlank();
        assertThat(r.active()).isFalse();
      } else {
        assertThat(r.tag()).isEqualTo(CarrierTag.EXCEPTION);
      }
    }
    ReceivedRequest last = b.received().get(b.received().size() - 1);
    assertThat(last.method()).isEqualTo("GET");
    assertThat(last.query()).startsWith("tracking_numbers=").endsWith("&limit=200");
  }

  @Test
  void aSweepPagesThroughEveryTrackingUpdatedSinceATime() {
    SimulatedBackend b = backend(CarrierSettings.scanning(0.5, Duration.ofSeconds(2)), 1000);
    create(b, 230);
    clock.advance(Duration.ofSeconds(3));
    AfterShipReads reads = reads(b.baseUri(), API_KEY);

    List<String> all = new ArrayList<>();
    SweepPage page = reads.updatedSince(clock.instant().minusSeconds(3), null);
    all.addAll(readings(page.reply()).stream().map(CarrierReading::trackingNumber).toList());
    assertThat(all).hasSize(200);
    assertThat(page.nextCursor()).isNotNull();
    SweepPage second = reads.updatedSince(clock.instant().minusSeconds(3), page.nextCursor());
    all.addAll(readings(second.reply()).stream().map(CarrierReading::trackingNumber).toList());
    assertThat(second.nextCursor()).isNull();
    assertThat(all).hasSize(230).doesNotHaveDuplicates();

    SweepPage moved = reads.updatedSince(clock.instant().minusSeconds(2), null);
    assertThat(readings(moved.reply()))
        .extracting(CarrierReading::trackingNumber)
        .containsExactlyElementsOf(b.carrierTruth().scanned());
  }

  @Test
  void a429SaysWhenToTryAgainAndAWrongKeyIsRefused() {
    SimulatedBackend b = backend(CarrierSettings.OFF, 2);
    List<String> numbers = create(b, 1);
    AfterShipReads reads = reads(b.baseUri(), API_KEY);
    assertThat(readings(reads.read(numbers))).hasSize(1);
    ReadReply limited = reads.read(numbers);
    assertThat(limited.outcome())
        .isEqualTo(new ReadOutcome.RateLimited(Instant.parse("2026-01-05T08:00:01Z")));
    assertThat(limited.remaining()).isZero();
    assertThat(limited.limit()).isEqualTo(2);
    assertThat(limited.window().limitedUntil()).isEqualTo(Instant.parse("2026-01-05T08:00:01Z"));

    clock.advance(Duration.ofSeconds(1));
    ReadReply refused =
        reads(b.baseUri(), ApiKey.load(null, Map.of(ApiKey.ENV, "nope"))).read(numbers);
    assertThat(refused.outcome()).isInstanceOf(ReadOutcome.Refused.class);
    assertThat(((ReadOutcome.Refused) refused.outcome()).reason()).contains("401");
  }

  @Test
  void anExpiredTrackingIsRetrackedThreeTimesThenRefusedForThatParcelOnly() {
    SimulatedBackend b = backend(CarrierSettings.OFF.expiring(Duration.ofMinutes(1)), 1000);
    List<String> numbers = create(b, 1);
    String id = b.trackings().stream().map(Tracking::id).findFirst().orElseThrow();
    AfterShipReads reads = reads(b.baseUri(), API_KEY);
    assertThat(reads.retrack(id).outcome()).isInstanceOf(ReadOutcome.NotAuthorized.class);
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofMinutes(1));
      CarrierReading expired = readings(reads.read(numbers)).get(0);
      assertThat(expired.tag()).isEqualTo(CarrierTag.EXPIRED);
      assertThat(expired.active()).isFalse();
      CarrierReading again = readings(reads.retrack(id)).get(0);
      assertThat(again.active()).isTrue();
      assertThat(again.backendId()).isEqualTo(id);
    }
    clock.advance(Duration.ofMinutes(1));
    ReadOutcome fourth = reads.retrack(id).outcome();
    assertThat(fourth).isInstanceOf(ReadOutcome.NotAuthorized.class);
    assertThat(((ReadOutcome.NotAuthorized) fourth).reason()).contains("4016");
    assertThat(reads.retrack("0000").outcome()).isInstanceOf(ReadOutcome.NotAuthorized.class);
  }

  @Test
  void serverFaultsAndNoAnswerAreRetriedLater() {
    SimulatedBackend b = backend(CarrierSettings.OFF, 1000);
    List<String> numbers = create(b, 1);
    AfterShipReads reads = reads(b.baseUri(), API_KEY);
    b.setFailRate(1, List.of(503));
    assertThat(reads.read(numbers).outcome()).isInstanceOf(ReadOutcome.Retry.class);
    b.clearFaults();
    b.setRefuseConnections(true);
    ReadOutcome refused = reads.read(numbers).outcome();
    assertThat(refused).isInstanceOf(ReadOutcome.Retry.class);
    assertThat(((ReadOutcome.Retry) refused).reason()).contains("connection failed");
  }

  @Test
  void anOversizedOrMalformedAnswerIsRetriedNotStored() throws Exception {
    byte[] huge = new byte[AfterShipReads.MAX_BODY + 10];
    byte[] malformed =
        "{\"meta\":{\"code\":200},\"data\":{\"trackings\":[{\"tracking_number\":5}]}}"
            .getBytes(StandardCharsets.UTF_8);
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    s.createContext(
        "/big/trackings",
        ex -> {
          ex.sendResponseHeaders(200, huge.length);
          ex.getResponseBody().write(huge);
          ex.close();
        });
    s.createContext(
        "/bad/trackings",
        ex -> {
          ex.sendResponseHeaders(200, malformed.length);
          ex.getResponseBody().write(malformed);
          ex.close();
        });
    s.start();
    open.add(() -> s.stop(0));
    String base = "http://127.0.0.1:" + s.getAddress().getPort();
    ReadOutcome big = reads(URI.create(base + "/big"), API_KEY).read(List.of("1234")).outcome();
    assertThat(big).isEqualTo(new ReadOutcome.Retry("an answer larger than 8 MiB"));
    ReadOutcome bad = reads(URI.create(base + "/bad"), API_KEY).read(List.of("1234")).outcome();
    assertThat(((ReadOutcome.Retry) bad).reason())
        .contains("malformed")
        .contains("tracking_number");
  }
}
