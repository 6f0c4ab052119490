package org.scanstation.station.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.CarrierSettings;
import org.scanstation.simulator.backend.SentWebhook;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.simulator.backend.WebhookSettings;
import org.scanstation.station.config.Secret;
import org.scanstation.station.domain.tracking.Mod10;
import org.slf4j.LoggerFactory;

/** The webhook listener receiving the simulator's signed webhooks, over real HTTP. */
class WebhookServerIT {
  private static final String KEY = "test-key-123";
  private static final String SECRET = "whsec-canary-7f3a";
  private static final String NUMBER = Mod10.withCheckDigit("940011189900000000001");
  private static final long MAX_BODY = 256 * 1024;

  private final MutableClock clock = MutableClock.at("2026-01-05T08:00:00Z");
  private final RecordingInbox inbox = new RecordingInbox(Set.of());
  private final WebhookServer server =
      WebhookServer.start(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
          Secret.load("s", null, "S", Map.of("S", SECRET), "set S"),
          MAX_BODY,
          inbox);
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<AutoCloseable> open = new ArrayList<>(List.of(server));
  private final AfterShipWebhook signer =
      new AfterShipWebhook(Secret.load("s", null, "S", Map.of("S", SECRET), "set S"));

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private URI url() {
    return URI.create("http://127.0.0.1:" + server.address().getPort() + WebhookServer.PATH);
  }

  private SimulatedBackend backend(int attempts) throws IOException {
    SimulatedBackend b =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY)
                .withClock(clock)
                .withCarrier(
                    CarrierSettings.scanning(1, Duration.ofSeconds(2))
                        .delivering(Duration.ofSeconds(10)))
                .withWebhooks(
                    WebhookSettings.to(url(), SECRET).retrying(attempts, Duration.ofMillis(50))));
    open.add(0, b);
    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(URI.create(b.baseUri() + "/trackings"))
                .header("as-api-key", KEY)
                .POST(ofString("{\"tracking_number\":\"" + NUMBER + "\",\"slug\":\"usps\"}")));
    assertThat(created.statusCode()).isEqualTo(201);
    return b;
  }

  private static HttpRequest.BodyPublisher ofString(String s) {
    return HttpRequest.BodyPublishers.ofString(s);
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws IOException {
    try {
      return http.send(
          b.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private HttpResponse<String> post(byte[] body, String signature) throws IOException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url()).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      b.header(AfterShipWebhook.SIGNATURE_HEADER, signature);
    }
    return send(b);
  }

  private static byte[] good() {
    return AfterShipWebhookTest.BODY.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aSignedWebhookFromTheSimulatorIsKeptWithItsCheckpoints() throws IOException {
    SimulatedBackend b = backend(3);
    clock.advance(Duration.ofSeconds(2));
    await().atMost(Duration.ofSeconds(5)).until(() -> inbox.taken().size() == 1);
    WebhookDelivery d = inbox.taken().get(0);
    assertThat(d.reading().trackingNumber()).isEqualTo(NUMBER);
    assertThat(d.reading().events()).hasSize(1);
    assertThat(d.reading().events().get(0).isAcceptance()).isTrue();
    await().atMost(Duration.ofSeconds(5)).until(() -> b.webhooks().counters().answered2xx() == 1);
  }

  @Test
  void aBadSignatureIs401AndReachesNothing() throws IOException {
    SimulatedBackend b = backend(1);
    b.webhooks().fault("bad-signature", 1);
    clock.advance(Duration.ofSeconds(2));
    await().atMost(Duration.ofSeconds(5)).until(() -> b.webhooks().sent().size() == 1);
    SentWebhook sent = b.webhooks().sent().get(0);
    assertThat(sent.signedRightly()).isFalse();
    assertThat(sent.status()).isEqualTo(401);
    assertThat(inbox.taken()).isEmpty();
    assertThat(post(good(), null).statusCode()).isEqualTo(401);
    assertThat(post(good(), signer.expected("other".getBytes(StandardCharsets.UTF_8))).statusCode())
        .isEqualTo(401);
    assertThat(inbox.taken()).isEmpty();
  }

  @Test
  void duplicatesOutOfOrderDeliveriesAndABurstAreAllPassedOnAndAnswered200() throws IOException {
    SimulatedBackend b = backend(3);
    clock.advance(Duration.ofSeconds(2));
    await().atMost(Duration.ofSeconds(5)).until(() -> inbox.taken().size() == 1);
    b.webhooks().fault("duplicate", 1);
    b.webhooks().fault("out-of-order", 1);
    clock.advance(Duration.ofSeconds(4));
    // The listener answers on two threads and the simulator may retry a slow answer, so the
    // deliveries after the first come in any order and number: among them one event id twice
    // (the duplicate) and one older than the newest (out of order). All are passed on.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              List<WebhookDelivery> t = inbox.taken();
              List<WebhookDelivery> later = t.subList(1, t.size());
              long ids = later.stream().map(WebhookDelivery::eventId).distinct().count();
              int most = later.stream().mapToInt(d -> d.reading().events().size()).max().orElse(0);
              return ids < later.size()
                  && later.stream().anyMatch(d -> d.reading().events().size() < most);
            });
    int before = inbox.taken().size();
    b.webhooks().burst(30);
    await().atMost(Duration.ofSeconds(10)).until(() -> inbox.taken().size() >= before + 30);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> b.webhooks().counters().answered2xx() == b.webhooks().counters().attempts());
    assertThat(b.webhooks().sent()).allMatch(s -> s.status() == 200);
  }

  @Test
  void anOversizedBodyIs413UnreadWithOrWithoutALength() throws IOException {
    byte[] big = new byte[(int) MAX_BODY + 1];
    assertThat(refusal(() -> post(big, signer.expected(big)).statusCode())).isEqualTo(413);
    HttpRequest.Builder chunked =
        HttpRequest.newBuilder(url())
            .header(AfterShipWebhook.SIGNATURE_HEADER, signer.expected(big))
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(big)));
    assertThat(refusal(() -> send(chunked).statusCode())).isEqualTo(413);
    byte[] fits = new byte[(int) MAX_BODY];
    assertThat(post(fits, signer.expected(fits)).statusCode()).isEqualTo(400);
    assertThat(inbox.taken()).isEmpty();
  }

  /** A call that sends more than the listener reads. */
  private interface Oversized {
    int status() throws IOException;
  }

  /**
   * The status of an oversized request; 413 too when the listener closed the connection on the
   * unread rest before the client read the answer (the client then sees no answer at all), which a
   * sender also counts as not delivered.
   */
  private static int refusal(Oversized call) {
    try {
      return call.status();
    } catch (IOException closed) {
      return 413;
    }
  }

  @Test
  void browsersOtherMethodsAndOtherPathsAreRefused() throws IOException {
    HttpRequest.Builder fromPage =
        HttpRequest.newBuilder(url())
            .header("Origin", "https://evil.example")
            .header(AfterShipWebhook.SIGNATURE_HEADER, signer.expected(good()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(good()));
    assertThat(send(fromPage).statusCode()).isEqualTo(403);
    assertThat(send(HttpRequest.newBuilder(url()).GET()).statusCode()).isEqualTo(405);
    URI other = URI.create("http://127.0.0.1:" + server.address().getPort() + "/webhooks/x");
    assertThat(send(HttpRequest.newBuilder(other).POST(ofString("{}"))).statusCode())
        .isEqualTo(404);
    assertThat(inbox.taken()).isEmpty();
  }

  @Test
  void anUnreadableDeliveryIs400AndAnUnavailableStore503() throws IOException {
    byte[] junk = "{\"event\":1}".getBytes(StandardCharsets.UTF_8);
    assertThat(post(junk, signer.expected(junk)).statusCode()).isEqualTo(400);
    inbox.unavailable(true);
    assertThat(post(good(), signer.expected(good())).statusCode()).isEqualTo(503);
    inbox.unavailable(false);
    HttpResponse<String> ok = post(good(), signer.expected(good()));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("KEPT");
    assertThat(post(good(), signer.expected(good())).body()).contains("DUPLICATE");
  }

  @Test
  void anUnknownParcelIsAnswered200SoAfterShipStopsRetrying() throws IOException {
    RecordingInbox knowsOthers = new RecordingInbox(Set.of("9999"));
    try (WebhookServer s =
        WebhookServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            Secret.load("s", null, "S", Map.of("S", SECRET), "set S"),
            MAX_BODY,
            knowsOthers)) {
      URI u = URI.create("http://127.0.0.1:" + s.address().getPort() + WebhookServer.PATH);
      HttpResponse<String> r =
          send(
              HttpRequest.newBuilder(u)
                  .header(AfterShipWebhook.SIGNATURE_HEADER, signer.expected(good()))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(good())));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("UNKNOWN_PARCEL");
    }
  }

  @Test
  void theLogNeverShowsTheSecretOrTheBody() throws IOException {
    Logger log = (Logger) LoggerFactory.getLogger(WebhookHandler.class);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    log.addAppender(lines);
    try {
      post(good(), signer.expected(good()));
      post(good(), "bad");
      byte[] junk = "{\"event\":\"CANARY-BODY\"}".getBytes(StandardCharsets.UTF_8);
      post(junk, signer.expected(junk));
    } finally {
      log.detachAppender(lines);
    }
    assertThat(lines.list).hasSizeGreaterThanOrEqualTo(3);
    assertThat(lines.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .noneMatch(m -> m.contains(SECRET) || m.contains("CANARY-BODY") || m.contains("J SMITH"));
  }
}
