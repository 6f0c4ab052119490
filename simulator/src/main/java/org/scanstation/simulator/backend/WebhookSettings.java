package org.scanstation.simulator.backend;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the backend posts AfterShip-style webhooks. Off by default.
 *
 * @param url where to post, or null: no webhooks
 * @param secret the signing secret ({@code aftership-hmac-sha256}); never shown or logged
 * @param pendingAlertAfter how long a tracking may stay Pending before a {@code
 *     tracking_pending_time} delivery, or null: never
 * @param maxAttempts how often one delivery is tried before it is given up (AfterShip: about 14)
 * @param firstRetry the wait before the first retry; later ones double, up to a minute
 * @param checkEvery how often the trackings are looked at for changes
 */
public record WebhookSettings(
    URI url,
    String secret,
    Duration pendingAlertAfter,
    int maxAttempts,
    Duration firstRetry,
    Duration checkEvery) {

  /** No webhooks. */
  public static final WebhookSettings OFF =
      new WebhookSettings(null, "", null, 1, Duration.ofSeconds(1), Duration.ofMillis(200));

  /** Validates. */
  public WebhookSettings {
    Objects.requireNonNull(secret, "secret");
    if (url != null && secret.isBlank()) {
      throw new IllegalArgumentException("webhooks need a secret: give --webhook-secret-file FILE");
    }
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new IllegalArgumentException("webhook attempts must be 1..20, not " + maxAttempts);
    }
    positive("webhook first retry", firstRetry);
    positive("webhook check interval", checkEvery);
    if (pendingAlertAfter != null) {
      positive("pending-alert-after", pendingAlertAfter);
    }
  }

  /**
   * Posts to {@code url} signed with {@code secret}: 5 attempts from 500 ms, checked every 100 ms.
   */
  public static WebhookSettings to(URI url, String secret) {
    return new WebhookSettings(
        url, secret, null, 5, Duration.ofMillis(500), Duration.ofMillis(100));
  }

  /** The same, alerting on trackings Pending longer than {@code after}. */
  public WebhookSettings alertingPendingAfter(Duration after) {
    return new WebhookSettings(url, secret, after, maxAttempts, firstRetry, checkEvery);
  }

  /** The same with another retry schedule. */
  public WebhookSettings retrying(int attempts, Duration first) {
    return new WebhookSettings(url, secret, pendingAlertAfter, attempts, first, checkEvery);
  }

  private static void positive(String what, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be longer than zero, not " + d);
    }
  }

  /** Never shows the secret. */
  @Override
  public String toString() {
    return "WebhookSettings[url="
        + url
        + ", secret=<redacted>, pendingAlertAfter="
        + pendingAlertAfter
        + ", maxAttempts="
        + maxAttempts
        + "]";
  }
}
