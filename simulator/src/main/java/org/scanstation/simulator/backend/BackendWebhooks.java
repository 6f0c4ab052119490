package org.scanstation.simulator.backend;

import java.util.List;

/**
 * The backend's webhooks under test or operator control: what they did and faults on demand. When
 * webhooks are off the counts are zero and the faults refuse. Thread-safe.
 */
public final class BackendWebhooks {
  private final WebhookSender sender;

  BackendWebhooks(WebhookSender sender) {
    this.sender = sender;
  }

  /** Whether the backend posts webhooks. */
  public boolean on() {
    return sender != null;
  }

  /** What the webhooks did since start. */
  public WebhookCounters counters() {
    return sender == null ? new WebhookCounters(0, 0, 0, 0, 0, 0) : sender.counters();
  }

  /** Every webhook POST made, oldest first. */
  public List<SentWebhook> sent() {
    return sender == null ? List.of() : sender.sent();
  }

  /**
   * Arms a fault for the next {@code count} deliveries: {@code bad-signature}, {@code duplicate}
   * (same event id twice) or {@code out-of-order} (an older delivery of the same tracking after the
   * newer one); 0 disarms it.
   *
   * @throws IllegalArgumentException for another fault, or when webhooks are off
   */
  public void fault(String fault, int count) {
    WebhookFaults f = on("faults").faults();
    switch (fault) {
      case "bad-signature" -> f.badSignatures(count);
      case "duplicate" -> f.duplicates(count);
      case "out-of-order" -> f.outOfOrder(count);
      default ->
          throw new IllegalArgumentException(
              "unknown webhook fault '"
                  + fault
                  + "'; use bad-signature, duplicate or out-of-order");
    }
  }

  /** Disarms every webhook fault (nothing to do when webhooks are off). */
  public void clearFaults() {
    if (sender != null) {
      sender.faults().badSignatures(0);
      sender.faults().duplicates(0);
      sender.faults().outOfOrder(0);
    }
  }

  /** Posts {@code count} deliveries of the latest trackings at once, each with a new event id. */
  public void burst(int count) {
    on("a burst").burst(count);
  }

  /** The faults armed now, in words, or "off". */
  public String describe() {
    return sender == null ? "off" : sender.faults().describe();
  }

  private WebhookSender on(String what) {
    if (sender == null) {
      throw new IllegalArgumentException(
          "webhook "
              + what
              + " need webhooks: start the backend with --webhook-url URL --webhook-secret-file"
              + " FILE");
    }
    return sender;
  }
}
