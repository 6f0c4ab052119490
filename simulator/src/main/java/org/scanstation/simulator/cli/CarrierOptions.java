package org.scanstation.simulator.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.scanstation.simulator.backend.CarrierSettings;
import org.scanstation.simulator.backend.WebhookSettings;
import picocli.CommandLine.Option;

/**
 * The backend's simulated carrier and webhook options, as one picocli mixin. Every option is off by
 * default: trackings stay Pending and nothing is posted.
 */
final class CarrierOptions {
  @Option(
      names = "--carrier-scan-rate",
      paramLabel = "SHARE",
      defaultValue = "0",
      description =
          "Share (0..1) of created trackings USPS scans, drawn per tracking number and --seed"
              + " (default: ${DEFAULT-VALUE}: all stay Pending).")
  private double scanRate;

  @Option(
      names = "--carrier-scan-after",
      defaultValue = "2s",
      converter = DurationOption.class,
      description = "Time from creation to the acceptance checkpoint (default: ${DEFAULT-VALUE}).")
  private Duration scanAfter;

  @Option(
      names = "--deliver-after",
      converter = DurationOption.class,
      description = "Time from creation to the delivery of scanned trackings (default: never).")
  private Duration deliverAfter;

  @Option(
      names = "--exception-rate",
      paramLabel = "SHARE",
      defaultValue = "0",
      description =
          "Share (0..1) of scanned trackings ending in an Exception instead of the delivery"
              + " (default: ${DEFAULT-VALUE}).")
  private double exceptionRate;

  @Option(
      names = "--expire-after",
      converter = DurationOption.class,
      description =
          "Undelivered trackings turn Expired this long after creation or retrack (default:"
              + " never); retrack is allowed 3 times.")
  private Duration expireAfter;

  @Option(
      names = "--webhook-url",
      paramLabel = "URL",
      description = "Post signed AfterShip webhooks here whenever checkpoints change.")
  private URI webhookUrl;

  @Option(
      names = "--webhook-secret-file",
      paramLabel = "FILE",
      description = "File holding the webhook signing secret (never printed or logged).")
  private Path webhookSecretFile;

  @Option(
      names = "--pending-alert-after",
      converter = DurationOption.class,
      description = "Post tracking_pending_time for trackings still Pending after this long.")
  private Duration pendingAlertAfter;

  /**
   * The carrier these options describe.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  CarrierSettings carrier() {
    return new CarrierSettings(scanRate, scanAfter, deliverAfter, exceptionRate, expireAfter);
  }

  /**
   * The webhooks these options describe.
   *
   * @throws IllegalArgumentException naming the missing or bad value
   */
  WebhookSettings webhooks() {
    if (webhookUrl == null) {
      if (webhookSecretFile != null || pendingAlertAfter != null) {
        throw new IllegalArgumentException(
            "--webhook-secret-file and --pending-alert-after need --webhook-url URL");
      }
      return WebhookSettings.OFF;
    }
    if (!"http".equals(webhookUrl.getScheme()) && !"https".equals(webhookUrl.getScheme())) {
      throw new IllegalArgumentException("--webhook-url must be http:// or https://");
    }
    if (webhookSecretFile == null) {
      throw new IllegalArgumentException("--webhook-url needs --webhook-secret-file FILE");
    }
    String secret;
    try {
      secret = Files.readString(webhookSecretFile, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read --webhook-secret-file " + webhookSecretFile + ": " + e.getMessage(), e);
    }
    WebhookSettings w = WebhookSettings.to(webhookUrl, secret);
    return pendingAlertAfter == null ? w : w.alertingPendingAfter(pendingAlertAfter);
  }
}
