package org.scanstation.station.domain.acceptance;

import java.util.Objects;

/**
 * An imported order: what the station knows about a parcel before it is scanned. Field names follow
 * the import file's columns.
 *
 * @param trackingNumber the validated tracking number digits
 * @param orderId the merchant's order reference
 * @param service the mail service name as imported (e.g. {@code priority-mail})
 * @param to delivery address
 * @param from return address, or null
 * @param weightOz weight in ounces, or null
 */
public record Shipment(
    String trackingNumber,
    String orderId,
    String service,
    PostalAddress to,
    PostalAddress from,
    Integer weightOz) {

  /** Requires the number, order, service and delivery address. */
  public Shipment {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(to, "to");
  }
}
