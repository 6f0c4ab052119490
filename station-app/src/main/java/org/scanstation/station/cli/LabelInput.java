package org.scanstation.station.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.scanstation.label.Address;
import org.scanstation.label.ExtraService;
import org.scanstation.label.LabelException;
import org.scanstation.label.LabelFormat;
import org.scanstation.label.LabelReferences;
import org.scanstation.label.MailService;
import org.scanstation.label.ShippingLabel;
import org.scanstation.station.domain.tracking.ParseResult;
import org.scanstation.station.domain.tracking.Rejection;
import org.scanstation.station.domain.tracking.RoutingZip;
import org.scanstation.station.domain.tracking.TrackingNumberParser;
import org.scanstation.station.domain.tracking.ValidScan;

/**
 * Turns {@code station label}'s options and shipment file into a {@link ShippingLabel}: an option
 * wins over the file's field, and the tracking number and ZIP go through the station's own
 * validation first. Every refusal is an {@link IllegalArgumentException} whose message is meant for
 * the person at the command line. Stateless.
 */
final class LabelInput {
  private LabelInput() {}

  /**
   * What the command line said; null where an option was not given.
   *
   * @param tracking {@code --tracking}
   * @param zip {@code --zip}
   * @param service {@code --service}
   * @param fromJson {@code --from}
   * @param toJson {@code --to}
   * @param shipDate {@code --ship-date}
   * @param stationId {@code --station-id}
   * @param operator {@code --operator}
   * @param extraServices {@code --extra-services}
   */
  record Options(
      String tracking,
      String zip,
      MailService service,
      String fromJson,
      String toJson,
      LocalDate shipDate,
      String stationId,
      String operator,
      String extraServices) {}

  /** The label the options and shipment describe. */
  static ShippingLabel label(Options o, ShipmentJson s) {
    String number = o.tracking() != null ? o.tracking() : s.trackingNumber();
    if (number == null) {
      throw new IllegalArgumentException("Missing --tracking (or tracking_number in --shipment)");
    }
    ValidScan scan = validScan(number);
    RoutingZip routing = routingZip(o.zip(), scan, s);
    MailService service = o.service() != null ? o.service() : serviceOf(s);
    Address from = o.fromJson() != null ? ShipmentJson.address(o.fromJson(), "--from") : s.from();
    Address to = o.toJson() != null ? ShipmentJson.address(o.toJson(), "--to") : s.to();
    List<ExtraService> extras = extraServices(o, s);
    try {
      return ShippingLabel.of(service, scan.trackingNumber().digits(), routing.digits())
          .withFrom(from)
          .withTo(to)
          .withReferences(
              new LabelReferences(
                  s.orderId(), s.weightOz(), o.shipDate(), o.stationId(), o.operator()))
          .withExtraServices(extras);
    } catch (LabelException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** --extra-services, else the shipment's extra_services, else none. */
  private static List<ExtraService> extraServices(Options o, ShipmentJson s) {
    String where = o.extraServices() != null ? "--extra-services" : "--shipment: extra_services";
    String text = o.extraServices() != null ? o.extraServices() : s.extraServices();
    try {
      return text == null ? List.of() : ExtraService.parseList(text);
    } catch (LabelException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  /** A service by its id ({@code priority-mail}), in any case. */
  static MailService service(String id) {
    return MailService.fromId(id.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'"
                        + JsonObjects.printable(id)
                        + "' is not a service; use one of "
                        + Arrays.stream(MailService.values())
                            .map(MailService::id)
                            .collect(Collectors.joining(", "))));
  }

  /** A format by its file extension ({@code zpl}, {@code png}, {@code pdf}, ...), in any case. */
  static LabelFormat format(String name) {
    for (LabelFormat f : LabelFormat.values()) {
      if (f.extension().equalsIgnoreCase(name.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "'" + JsonObjects.printable(name) + "' is not a format; use zpl, png, pdf, tspl or epl");
  }

  private static ValidScan validScan(String text) {
    ParseResult result = new TrackingNumberParser().parse(text);
    if (result instanceof Rejection r) {
      throw new IllegalArgumentException("--tracking: " + r.reason() + ": " + r.message());
    }
    return (ValidScan) result;
  }

  /** --zip, else the ZIP the number carried after 420, else the shipment's to_zip. */
  private static RoutingZip routingZip(String option, ValidScan scan, ShipmentJson s) {
    if (option == null && scan.routingZip() != null) {
      return scan.routingZip();
    }
    String text = option;
    if (text == null && s.to() != null && !s.to().zip().isBlank()) {
      text = s.to().zip();
    }
    if (text == null) {
      throw new IllegalArgumentException("Missing --zip (or to_zip in --shipment)");
    }
    RoutingZip zip;
    try {
      zip = RoutingZip.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--zip: " + e.getMessage(), e);
    }
    if (scan.routingZip() != null && !scan.routingZip().equals(zip)) {
      throw new IllegalArgumentException(
          "--zip "
              + zip.formatted()
              + " disagrees with the ZIP in the tracking number's 420 prefix, "
              + scan.routingZip().formatted());
    }
    return zip;
  }

  private static MailService serviceOf(ShipmentJson s) {
    if (s.service() == null) {
      throw new IllegalArgumentException("Missing --service (or service in --shipment)");
    }
    try {
      return service(s.service());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--shipment: service: " + e.getMessage(), e);
    }
  }
}
