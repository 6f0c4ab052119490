package org.scanstation.station.domain.tracking;

import java.util.Map;
import java.util.Optional;

/**
 * Display names for the IMpb service type codes we could source (USPS Publication 199, Appendix H,
 * and the numbers USPS's own tools print). Deliberately partial: a code missing here is still
 * valid; names are for people, never a validity rule.
 *
 * <p>071 (First-Class Mail with Certified Mail) is from our reading of Appendix H and matches the
 * 9407 1 / 9207 1 prefix of the Certified Mail numbers shippers publish; the other Certified Mail
 * codes of the appendix could not be checked from here and are left out rather than guessed. A
 * Certified Mail piece is known by its extra-service code (910-913) on the shipment, not by this
 * name.
 */
final class ServiceTypeCodes {
  private static final Map<String, String> NAMES =
      Map.of(
          "001", "USPS Ground Advantage",
          "055", "Priority Mail",
          "071", "First-Class Mail, Certified Mail",
          "701", "Priority Mail Express");

  private ServiceTypeCodes() {}

  static Optional<String> name(String code) {
    return Optional.ofNullable(NAMES.get(code));
  }
}
