package org.scanstation.station.domain.acceptance;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

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
 * @param extraServices its extra services, sorted by code, each once; none when given null
 */
public record Shipment(
    String trackingNumber,
    String orderId,
    String service,
    PostalAddress to,
    PostalAddress from,
    Integer weightOz,
    List<ExtraServiceCode> extraServices) {

  /** Requires the number, order, service and delivery address. */
  public Shipment {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(to, "to");
    extraServices = extraServices == null ? List.of() : List.copyOf(new TreeSet<>(extraServices));
  }

  /** A shipment without extra services. */
  public Shipment(
      String trackingNumber,
      String orderId,
      String service,
      PostalAddress to,
      PostalAddress from,
      Integer weightOz) {
    this(trackingNumber, orderId, service, to, from, weightOz, null);
  }

  /** The extra services' codes joined by {@code ;}, e.g. {@code 910;955}; empty for none. */
  public String extraServiceCodes() {
    return String.join(";", extraServices.stream().map(ExtraServiceCode::code).toList());
  }
}
