package org.scanstation.station.shipments;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.scanstation.label.ExtraService;
import org.scanstation.label.LabelException;
import org.scanstation.label.MailService;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.domain.acceptance.ExtraServiceCode;
import org.scanstation.station.domain.acceptance.PostalAddress;
import org.scanstation.station.domain.acceptance.Shipment;
import org.scanstation.station.domain.tracking.ParseResult;
import org.scanstation.station.domain.tracking.Rejection;
import org.scanstation.station.domain.tracking.RoutingZip;
import org.scanstation.station.domain.tracking.TrackingNumberParser;
import org.scanstation.station.domain.tracking.ValidScan;

/**
 * Checks one import row and turns it into a {@link Shipment}: a valid tracking number, an order id,
 * a known service, extra services that go together on it, a complete delivery address, no control
 * characters anywhere, lengths that fit the store. Stateless and thread-safe.
 */
public final class ShipmentValidator {
  /** Services the station prints labels for, by their import names: the label library's. */
  public static final Set<String> SERVICES =
      Arrays.stream(MailService.values()).map(MailService::id).collect(Collectors.toSet());

  /** A row that failed, with the reason. */
  public static final class InvalidRow extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidRow(String reason) {
      super(reason, null, false, false);
    }
  }

  private final TrackingNumberParser parser = new TrackingNumberParser();

  /**
   * The shipment this row describes.
   *
   * @throws InvalidRow with a reason for a person when the row is not usable
   */
  public Shipment validate(ShipmentRecord r) throws InvalidRow {
    ParseResult parsed = parser.parse(required(r.trackingNumber(), "tracking_number", 40));
    if (parsed instanceof Rejection x) {
      throw new InvalidRow("tracking_number: " + x.reason() + " - " + x.message());
    }
    String number = ((ValidScan) parsed).trackingNumber().digits();
    String service = required(r.service(), "service", 40).toLowerCase(Locale.ROOT);
    if (!SERVICES.contains(service)) {
      throw new InvalidRow("service '" + service + "' is not one of " + SERVICES);
    }
    PostalAddress to =
        new PostalAddress(
            required(r.toName(), "to_name", 100),
            required(r.toStreet1(), "to_street1", 100),
            optional(r.toStreet2(), "to_street2", 100),
            required(r.toCity(), "to_city", 60),
            state(required(r.toState(), "to_state", 2)),
            zip(required(r.toZip(), "to_zip", 10), "to_zip"));
    List<ExtraServiceCode> extras = extraServices(r.extraServices(), service);
    return new Shipment(
        number,
        required(r.orderId(), "order_id", 64),
        service,
        to,
        from(r),
        weight(r.weightOz()),
        extras);
  }

  /** The extra_services column: codes or names separated by ';', checked against the service. */
  private static List<ExtraServiceCode> extraServices(String v, String service) throws InvalidRow {
    String text = optional(v, "extra_services", 200);
    if (text == null) {
      return List.of();
    }
    List<ExtraService> extras;
    try {
      extras = ExtraService.parseList(text);
    } catch (LabelException e) {
      throw new InvalidRow("extra_services: " + e.getMessage());
    }
    List<String> problems =
        ExtraService.problems(MailService.fromId(service).orElseThrow(), extras);
    if (!problems.isEmpty()) {
      throw new InvalidRow("extra_services: " + String.join("; ", problems));
    }
    return extras.stream().map(e -> new ExtraServiceCode(e.code(), e.id())).toList();
  }

  private static PostalAddress from(ShipmentRecord r) throws InvalidRow {
    if (r.fromName() == null
        && r.fromStreet1() == null
        && r.fromCity() == null
        && r.fromZip() == null) {
      return null;
    }
    return new PostalAddress(
        optional(r.fromName(), "from_name", 100),
        optional(r.fromStreet1(), "from_street1", 100),
        null,
        optional(r.fromCity(), "from_city", 60),
        r.fromState() == null ? null : state(optional(r.fromState(), "from_state", 2)),
        r.fromZip() == null ? null : zip(optional(r.fromZip(), "from_zip", 10), "from_zip"));
  }

  private static String required(String v, String field, int max) throws InvalidRow {
    String s = optional(v, field, max);
    if (s == null) {
      throw new InvalidRow(field + " is required");
    }
    return s;
  }

  private static String optional(String v, String field, int max) throws InvalidRow {
    if (v == null || v.isBlank()) {
      return null;
    }
    String s = v.strip();
    if (s.length() > max) {
      throw new InvalidRow(field + " is " + s.length() + " characters; at most " + max);
    }
    if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      throw new InvalidRow(field + " contains control characters");
    }
    return s;
  }

  private static String state(String s) throws InvalidRow {
    String up = s.toUpperCase(Locale.ROOT);
    if (!up.matches("[A-Z]{2}")) {
      throw new InvalidRow("state '" + s + "' is not a two-letter state code");
    }
    return up;
  }

  private static String zip(String s, String field) throws InvalidRow {
    try {
      return RoutingZip.parse(s).formatted();
    } catch (IllegalArgumentException e) {
      throw new InvalidRow(field + ": " + e.getMessage());
    }
  }

  private static Integer weight(String v) throws InvalidRow {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      int oz = Integer.parseInt(v.strip());
      if (oz <= 0 || oz > 1120) {
        throw new InvalidRow("weight_oz " + oz + " is out of range (1-1120 oz, 70 lb)");
      }
      return oz;
    } catch (NumberFormatException e) {
      throw new InvalidRow("weight_oz '" + v.strip() + "' is not a whole number of ounces");
    }
  }
}
