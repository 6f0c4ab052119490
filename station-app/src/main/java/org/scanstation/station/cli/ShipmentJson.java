package org.scanstation.station.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.scanstation.label.Address;

/**
 * One shipment as a JSON object, with the field names the order import uses: {@code
 * tracking_number, order_id, service, to_name, to_street1, to_street2, to_city, to_state, to_zip,
 * from_name, from_street1, from_city, from_state, from_zip, weight_oz, extra_services}. Every field
 * is optional here; the command says which it needs. Immutable.
 *
 * @param trackingNumber as written, not yet validated
 * @param orderId the shipper's order reference
 * @param service a service id such as {@code priority-mail}
 * @param to delivery address, or null when no {@code to_} field is set
 * @param from return address, or null when no {@code from_} field is set
 * @param weightOz weight in ounces
 * @param extraServices extra-service codes or names separated by {@code ;}, not yet checked
 */
record ShipmentJson(
    String trackingNumber,
    String orderId,
    String service,
    Address to,
    Address from,
    BigDecimal weightOz,
    String extraServices) {

  static final List<String> FIELDS =
      List.of(
          "tracking_number",
          "order_id",
          "service",
          "to_name",
          "to_street1",
          "to_street2",
          "to_city",
          "to_state",
          "to_zip",
          "from_name",
          "from_street1",
          "from_city",
          "from_state",
          "from_zip",
          "weight_oz",
          "extra_services");

  /** Address objects given on the command line ({@code --from}, {@code --to}). */
  static final List<String> ADDRESS_FIELDS =
      List.of("name", "street1", "street2", "city", "state", "zip");

  /** Shipment files are small; anything bigger is not one. */
  static final long MAX_BYTES = 1 << 20;

  /** A shipment with nothing set. */
  static final ShipmentJson NONE = new ShipmentJson(null, null, null, null, null, null, null);

  /**
   * Reads a shipment file.
   *
   * @throws IllegalArgumentException naming the file and the problem
   * @throws IOException when the file cannot be read
   */
  static ShipmentJson read(Path file) throws IOException {
    String what = "--shipment " + file;
    if (Files.size(file) > MAX_BYTES) {
      throw new IllegalArgumentException(what + " is larger than " + MAX_BYTES + " bytes");
    }
    Map<String, String> v =
        JsonObjects.read(Files.readString(file, StandardCharsets.UTF_8), FIELDS, what);
    Address to =
        address(
            v.get("to_name"),
            v.get("to_street1"),
            v.get("to_street2"),
            v.get("to_city"),
            v.get("to_state"),
            v.get("to_zip"));
    Address from =
        address(
            v.get("from_name"),
            v.get("from_street1"),
            null,
            v.get("from_city"),
            v.get("from_state"),
            v.get("from_zip"));
    return new ShipmentJson(
        v.get("tracking_number"),
        v.get("order_id"),
        v.get("service"),
        to,
        from,
        JsonObjects.decimal(v, "weight_oz", what),
        v.get("extra_services"));
  }

  /**
   * An address given as a JSON object with the fields {@link #ADDRESS_FIELDS}.
   *
   * @throws IllegalArgumentException naming the option and the problem
   */
  static Address address(String json, String option) {
    Map<String, String> v = JsonObjects.read(json, ADDRESS_FIELDS, option);
    Address a =
        address(
            v.get("name"),
            v.get("street1"),
            v.get("street2"),
            v.get("city"),
            v.get("state"),
            v.get("zip"));
    if (a == null) {
      throw new IllegalArgumentException(option + ": the address is empty");
    }
    return a;
  }

  private static Address address(
      String name, String street1, String street2, String city, String state, String zip) {
    Address a = new Address(name, street1, street2, city, state, zip);
    return a.isBlank() ? null : a;
  }
}
