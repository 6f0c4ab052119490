package org.scanstation.station.carrier;

import java.time.Instant;
import java.util.Objects;

/**
 * One verified AfterShip webhook delivery.
 *
 * @param eventId AfterShip's id for the delivery: a retried delivery carries the same one
 * @param event the event type, e.g. {@code tracking_update} or {@code tracking_pending_time}
 * @param sentAt when AfterShip says it sent it ({@code ts}), or null
 * @param reading the tracking as the delivery shows it
 */
public record WebhookDelivery(
    String eventId, String event, Instant sentAt, CarrierReading reading) {

  /** The event AfterShip sends when a tracking has stayed Pending too long. */
  public static final String PENDING_TOO_LONG = "tracking_pending_time";

  /** Requires id, event and reading. */
  public WebhookDelivery {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(reading, "reading");
  }
}
