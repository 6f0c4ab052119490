package org.scanstation.station.domain.tracking;

import java.util.Objects;
import java.util.Optional;

/**
 * A validated USPS tracking number and its decoded fields. Made only by {@link
 * TrackingNumberParser}; immutable and thread-safe.
 *
 * @param digits all digits, check digit included
 * @param format which of the accepted formats
 * @param channel IMpb channel application identifier ({@code 91}-{@code 95}); null for legacy
 * @param serviceTypeCode 3-digit service type code (IMpb) or 2-digit service code (legacy)
 * @param mailerId 6- or 9-digit Mailer ID
 * @param serial the mailer's package serial
 */
public record TrackingNumber(
    String digits,
    TrackingFormat format,
    String channel,
    String serviceTypeCode,
    String mailerId,
    String serial) {

  /** Checks the invariants the parser guarantees. */
  public TrackingNumber {
    Objects.requireNonNull(digits, "digits");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(serviceTypeCode, "serviceTypeCode");
    Objects.requireNonNull(mailerId, "mailerId");
    Objects.requireNonNull(serial, "serial");
    if (digits.length() != format.length() || !Digits.allAscii(digits)) {
      throw new IllegalArgumentException(
          format + " needs " + format.length() + " ASCII digits, got '" + Digits.printable(digits));
    }
  }

  /** The last digit. */
  public int checkDigit() {
    return digits.charAt(digits.length() - 1) - '0';
  }

  /** The digits in groups of four, as printed under the barcode: {@code 9400 1118 ... 97}. */
  public String grouped() {
    StringBuilder b = new StringBuilder(digits.length() + digits.length() / 4);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        b.append(' ');
      }
      b.append(digits.charAt(i));
    }
    return b.toString();
  }

  /** A service name for display where the service type code is one we know; never a rule. */
  public Optional<String> serviceName() {
    return format == TrackingFormat.LEGACY_20
        ? Optional.empty()
        : ServiceTypeCodes.name(serviceTypeCode);
  }

  @Override
  public String toString() {
    return digits;
  }
}
