package org.scanstation.station.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.common.testing.MutableClock;
import org.scanstation.simulator.usps.UspsNumbers;
import org.scanstation.simulator.uspsapi.SimulatedUspsApi;
import org.scanstation.simulator.uspsapi.UspsApiSettings;
import org.scanstation.station.config.Secret;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierTag;
import org.slf4j.LoggerFactory;

/** The station's USPS APIs v3 reader against the USPS simulator, over real HTTP. */
class UspsTrackingIT {
  private static final String OWN = "123456";
  private static final String CLIENT = "station-7";
  private static final String SECRET = "Sup3r-S3cret-Value";
  private static final Duration TTL = Duration.ofSeconds(30);

  @TempDir Path dir;

  private final MutableClock clock = MutableClock.at("2026-12-01T08:00:00.250Z");
  private final Random random = new Random(21);
  private SimulatedUspsApi usps = start(50);

  private SimulatedUspsApi start(int rate) {
    return start(rate, TTL);
  }

  private SimulatedUspsApi start(int rate, Duration ttl) {
    return SimulatedUspsApi.start(
        InetAddress.getLoopbackAddress(),
        0,
        UspsApiSettings.of(Set.of(OWN), CLIENT, SECRET)
            .withTokenTtl(ttl)
            .withRate(rate)
            .withTimeline(0.8, Duration.ofSeconds(2), Duration.ofSeconds(10), 3)
            .withClock(clock));
  }

  @AfterEach
  void tearDown() {
    usps.close();
  }

  private Secret secret(String value) throws IOException {
    Path f = Files.writeString(dir.resolve("usps-secret"), value + "\n");
    return Secret.load("USPS client secret", f, "UNUSED", Map.of(), "test");
  }

  private UspsTracking reader(String secretValue, java.time.Clock c) throws IOException {
    return new UspsTracking(usps.baseUri(), CLIENT, secret(secretValue), Duration.ofSeconds(5), c);
  }

  private String ownParcel(boolean scanned) {
    while (true) {
      String n = UspsNumbers.impb(random, OWN, 22);
      if (usps.register(n, clock.instant()).scanned() == scanned) {
        return n;
      }
    }
  }

  private static ReadOutcome read(UspsTracking r, String number) {
    return r.read(List.of(number)).outcome();
  }

  @Test
  void oneTokenServesManyReadsUntilShortlyBeforeItExpires() throws IOException {
    UspsTracking r = reader(SECRET, clock);
    for (int i = 0; i < 20; i++) {
      assertThat(read(r, ownParcel(i % 2 == 0))).isInstanceOf(ReadOutcome.Read.class);
    }
    assertThat(usps.counters().tokensIssued()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(26)); // a tenth of 30 s before expiry: still fresh
    read(r, ownParcel(true));
    assertThat(usps.counters().tokensIssued()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1)); // now within the margin: renewed before USPS refuses
    assertThat(read(r, ownParcel(true))).isInstanceOf(ReadOutcome.Read.class);
    assertThat(usps.counters().tokensIssued()).isEqualTo(2);
    assertThat(usps.counters().unauthorized()).isZero();
  }

  @Test
  void aLongLivedTokenIsRenewedAMinuteBeforeItExpires() throws IOException {
    usps.close();
    usps = start(50, Duration.ofHours(1));
    UspsTracking r = reader(SECRET, clock);
    String n = ownParcel(true);
    read(r, n);
    clock.advance(Duration.ofSeconds(3539));
    read(r, n);
    assertThat(usps.counters().tokensIssued()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    read(r, n);
    assertThat(usps.counters().tokensIssued()).isEqualTo(2);
    assertThat(usps.counters().unauthorized()).isZero();
  }

  @Test
  void aTokenUspsRefusesEarlyIsFetchedAgainOnceAndTheReadSucceeds() throws IOException {
    MutableClock stationClock = MutableClock.at("2026-12-01T08:00:00.250Z"); // never moves
    UspsTracking r = reader(SECRET, stationClock);
    String n = ownParcel(true);
    assertThat(read(r, n)).isInstanceOf(ReadOutcome.Read.class);
    clock.advance(TTL); // USPS's clock: the token has expired there
    ReadOutcome o = read(r, n);
    assertThat(o).isInstanceOf(ReadOutcome.Read.class);
    assertThat(usps.counters().tokensIssued()).isEqualTo(2);
    assertThat(usps.counters().unauthorized()).isEqualTo(1);
    assertThat(usps.callsFor(n)).isEqualTo(3);
  }

  @Test
  void anOwnParcelsUspsEventsAreMappedWithTheAcceptanceAndTheSigner() throws IOException {
    UspsTracking r = reader(SECRET, clock);
    String n = ownParcel(true);
    CarrierReading before = ((ReadOutcome.Read) read(r, n)).readings().get(0);
    assertThat(before.tag()).isEqualTo(CarrierTag.INFO_RECEIVED);
    assertThat(before.events()).noneMatch(CarrierEvent::isCarrierScan);
    clock.advance(Duration.ofSeconds(12));
    CarrierReading after = ((ReadOutcome.Read) read(r, n)).readings().get(0);
    assertThat(after.source()).isEqualTo(CarrierSource.USPS);
    assertThat(after.tag()).isEqualTo(CarrierTag.DELIVERED);
    assertThat(after.active()).isFalse();
    var truth = usps.parcel(n).orElseThrow();
    CarrierEvent acceptance =
        after.events().stream().filter(CarrierEvent::isAcceptance).findFirst().orElseThrow();
    assertThat(acceptance.code()).isEqualTo("03");
    assertThat(acceptance.occurredAt())
        .isEqualTo(truth.acceptedAt().truncatedTo(ChronoUnit.SECONDS));
    assertThat(acceptance.zip()).isEqualTo(truth.place().zip());
    assertThat(acceptance.location())
        .isEqualTo(truth.place().city() + ", " + truth.place().state());
    CarrierEvent delivery =
        after.events().stream().filter(CarrierEvent::isDelivery).findFirst().orElseThrow();
    assertThat(delivery.signer()).isEqualTo(truth.signer());
    assertThat(delivery.source()).isEqualTo(CarrierSource.USPS);
  }

  @Test
  void anUnscannedOwnParcelShowsNoCarrierScan() throws IOException {
    String n = ownParcel(false);
    clock.advance(Duration.ofDays(2));
    CarrierReading r = ((ReadOutcome.Read) read(reader(SECRET, clock), n)).readings().get(0);
    assertThat(r.events()).noneMatch(CarrierEvent::isCarrierScan);
    assertThat(r.tag()).isEqualTo(CarrierTag.INFO_RECEIVED);
  }

  @Test
  void aForeignMailerIdIsNotAuthorizedAfterExactlyOneCall() throws IOException {
    String foreign = UspsNumbers.impb(random, "654321", 22);
    ReadOutcome o = read(reader(SECRET, clock), foreign);
    assertThat(o).isInstanceOf(ReadOutcome.NotAuthorized.class);
    assertThat(((ReadOutcome.NotAuthorized) o).reason())
        .contains("654321")
        .contains("not authorized");
    assertThat(usps.callsFor(foreign)).isEqualTo(1);
  }

  @Test
  void overTheRateUspsSays429AndTheReaderWaitsItsRetryAfter() throws IOException {
    usps.close();
    usps = start(2);
    UspsTracking r = reader(SECRET, clock);
    String n = ownParcel(true);
    read(r, n);
    read(r, n);
    ReadOutcome o = read(r, n);
    assertThat(o).isInstanceOf(ReadOutcome.RateLimited.class);
    // Retry-After: 1 (the simulator's window ends at the next second) counts from now.
    assertThat(((ReadOutcome.RateLimited) o).until()).isEqualTo(clock.instant().plusSeconds(1));
  }

  @Test
  void aWrongSecretIsRefusedNamingTheClientIdAndTheSecretIsShownNowhere() throws IOException {
    String wrong = "Wr0ng-S3cret-Value";
    Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    Level level = root.getLevel();
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    root.addAppender(logged);
    root.setLevel(Level.TRACE);
    ReadReply reply;
    UspsTracking r;
    try {
      r = reader(wrong, clock);
      reply = r.read(List.of(ownParcel(true)));
    } finally {
      root.detachAppender(logged);
      root.setLevel(level);
    }
    assertThat(reply.outcome()).isInstanceOf(ReadOutcome.Refused.class);
    String reason = ((ReadOutcome.Refused) reply.outcome()).reason();
    assertThat(reason).contains(CLIENT).contains("invalid_client");
    String everything =
        reason
            + reply
            + r.describe()
            + logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(everything).doesNotContain(wrong).doesNotContain(SECRET);
    assertThat(usps.counters().trackingRequests()).isZero();
  }

  @Test
  void aServerThatIsGoneIsAPassingFault() throws IOException {
    UspsTracking r = reader(SECRET, clock);
    String n = ownParcel(true);
    usps.close();
    assertThat(read(r, n)).isInstanceOf(ReadOutcome.Retry.class);
  }

  /** A server that grants every token and answers every tracking call with {@code status}. */
  private static HttpServer stub(int status, byte[] body, AtomicInteger tokens, AtomicInteger calls)
      throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        ex -> {
          boolean token = ex.getRequestURI().getPath().equals("/oauth2/v3/token");
          (token ? tokens : calls).incrementAndGet();
          byte[] b =
              token
                  ? ("{\"access_token\":\"t" + tokens.get() + "\",\"expires_in\":3600}")
                      .getBytes(StandardCharsets.UTF_8)
                  : body;
          ex.sendResponseHeaders(token ? 200 : status, b.length);
          try (var out = ex.getResponseBody()) {
            out.write(b);
          }
        });
    server.start();
    return server;
  }

  private UspsTracking readerOf(HttpServer server) throws IOException {
    return new UspsTracking(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
        CLIENT,
        secret(SECRET),
        Duration.ofSeconds(5),
        clock);
  }

  @Test
  void a401WithAFreshTokenIsRefusedAfterOneRefetchNeverInALoop() throws IOException {
    AtomicInteger tokens = new AtomicInteger();
    AtomicInteger calls = new AtomicInteger();
    HttpServer server = stub(401, "{}".getBytes(StandardCharsets.UTF_8), tokens, calls);
    try {
      ReadOutcome o = read(readerOf(server), ownParcel(true));
      assertThat(o).isInstanceOf(ReadOutcome.Refused.class);
      assertThat(tokens.get()).isEqualTo(2);
      assertThat(calls.get()).isEqualTo(2);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void anAnswerLargerThanTheBoundIsNotReadIntoMemory() throws IOException {
    byte[] huge = new byte[UspsCall.MAX_BODY + 10];
    Arrays.fill(huge, (byte) ' ');
    HttpServer server = stub(200, huge, new AtomicInteger(), new AtomicInteger());
    try {
      ReadOutcome o = read(readerOf(server), ownParcel(true));
      assertThat(((ReadOutcome.Retry) o).reason()).contains("larger than 2 MiB");
    } finally {
      server.stop(0);
    }
  }
}
