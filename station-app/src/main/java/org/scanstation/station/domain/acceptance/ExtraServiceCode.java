package org.scanstation.station.domain.acceptance;

import java.util.Objects;

/**
 * One USPS extra service of a shipment (Certified Mail, Return Receipt): its three-digit IMpb code
 * and its stable name, as the label library defines them. The domain keeps the value only; which
 * codes exist and which go together is decided where shipments are imported. Immutable.
 *
 * @param code the IMpb extra-service code, e.g. {@code 910}
 * @param name its stable name, e.g. {@code certified}
 */
public record ExtraServiceCode(String code, String name) implements Comparable<ExtraServiceCode> {

  /** Requires a three-digit code and a name. */
  public ExtraServiceCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!code.matches("[0-9]{3}")) {
      throw new IllegalArgumentException(
          "extra-service code must be three digits, got '" + code + "'");
    }
  }

  @Override
  public int compareTo(ExtraServiceCode other) {
    return code.compareTo(other.code);
  }
}
