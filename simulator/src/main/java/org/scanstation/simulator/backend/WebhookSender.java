package org.scanstation.simulator.backend;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.scanstation.common.Backoff;
import org.scanstation.common.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * AfterShip's webhooks: every {@code checkEvery} it looks at the trackings as the carrier has moved
 * them and posts {@code tracking_update} for each whose checkpoints changed (and {@code
 * tracking_pending_time} for one Pending too long), signed in {@code aftership-hmac-sha256} with
 * base64(HMAC-SHA256(secret, body)). A delivery the receiver does not answer 2xx is tried again,
 * the same body and {@code event_id}, with waits that double, up to {@code maxAttempts}. Faults on
 * demand ({@link WebhookFaults}) and a burst. The secret is never logged.
 *
 * <p>Thread-safe: the checks and the POSTs run on its own daemon threads.
 */
final class WebhookSender implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

  /** One delivery: its id and body stay the same over its retries. */
  private record Delivery(String eventId, String event, String trackingNumber, byte[] body) {}

  private final WebhookSettings settings;
  private final TrackingStore store;
  private final Clock clock;
  private final JsonMapper json;
  private final WebhookFaults faults = new WebhookFaults();
  private final WebhookTally tally = new WebhookTally();
  private final WebhookWatch watch;
  private final Backoff backoff;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ScheduledExecutorService pool =
      Executors.newScheduledThreadPool(4, DaemonThreads.named("backend webhooks"));
  private final List<SentWebhook> sent = new CopyOnWriteArrayList<>();

  WebhookSender(WebhookSettings settings, TrackingStore store, Clock clock, JsonMapper json) {
    this.settings = settings;
    this.store = store;
    this.clock = clock;
    this.json = json;
    this.watch = new WebhookWatch(settings.pendingAlertAfter());
    this.backoff =
        new Backoff(
            settings.firstRetry(),
            Duration.ofMinutes(1).compareTo(settings.firstRetry()) > 0
                ? Duration.ofMinutes(1)
                : settings.firstRetry());
  }

  void start() {
    long every = settings.checkEvery().toMillis();
    pool.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
  }

  WebhookFaults faults() {
    return faults;
  }

  WebhookCounters counters() {
    return tally.snapshot();
  }

  List<SentWebhook> sent() {
    return List.copyOf(sent);
  }

  private void check() {
    try {
      for (WebhookWatch.Due due : watch.due(store.all(clock.instant()), clock.instant())) {
        Delivery d = delivery(due);
        tally.delivery();
        post(d, 1);
        if (faults.takeDuplicate()) {
          post(d, 1);
        }
        if (due.older() != null && faults.takeOutOfOrder()) {
          tally.delivery();
          post(delivery(due.older()), 1);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("backend webhooks: check failed: {}", e.toString());
    }
  }

  /** The delivery of {@code due}, with a new event id. */
  private Delivery delivery(WebhookWatch.Due due) {
    ObjectNode root = json.createObjectNode();
    String id = UUID.randomUUID().toString();
    root.put("event", due.event());
    root.put("event_id", id);
    root.put("is_tracking_first_tag", due.first());
    root.set("msg", due.msg());
    root.put("ts", due.ts());
    return new Delivery(id, due.event(), due.trackingNumber(), json.writeValueAsBytes(root));
  }

  /** Sends {@code n} deliveries of the latest trackings at once (fresh event ids). */
  void burst(int n) {
    List<Tracking> all = store.all(clock.instant());
    if (all.isEmpty() || n < 1) {
      return;
    }
    for (int i = 0; i < n; i++) {
      Tracking t = all.get(all.size() - 1 - (i % all.size()));
      long ts = clock.instant().getEpochSecond();
      Delivery d =
          delivery(
              new WebhookWatch.Due(
                  "tracking_update", false, t.trackingNumber(), t.toJson(), ts, null));
      tally.delivery();
      pool.execute(() -> post(d, 1));
    }
  }

  private void post(Delivery d, int attempt) {
    boolean right = !faults.takeBadSignature();
    HttpRequest request =
        HttpRequest.newBuilder(settings.url())
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .header(
                "aftership-hmac-sha256",
                sign(right ? settings.secret() : settings.secret() + "-wrong", d.body()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(d.body()))
            .build();
    int status = 0;
    try {
      status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      LOG.debug("backend webhooks: {} unanswered: {}", settings.url(), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tally.attempt(status);
    sent.add(
        new SentWebhook(
            clock.instant(), d.eventId(), d.event(), d.trackingNumber(), attempt, right, status));
    if (status >= 200 && status < 300) {
      return;
    }
    if (attempt >= settings.maxAttempts() || pool.isShutdown()) {
      tally.givenUp();
      return;
    }
    pool.schedule(
        () -> post(d, attempt + 1), backoff.delay(attempt).toMillis(), TimeUnit.MILLISECONDS);
  }

  /** base64(HMAC-SHA256(secret, body)), as AfterShip signs. */
  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
