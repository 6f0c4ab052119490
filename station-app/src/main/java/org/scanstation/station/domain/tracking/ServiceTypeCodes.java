package org.scanstation.station.domain.tracking;

import java.util.Map;
import java.util.Optional;

/**
 * Display names for the IMpb service type codes we could source (USPS Publication 199, Appendix H,
 * and the numbers USPS's own tools print). Deliberately partial: a code missing here is still
 * valid; names are for people, never a validity rule.
 */
final class ServiceTypeCodes {
  private static final Map<String, String> NAMES =
      Map.of(
          "001", "USPS Ground Advantage",
          "055", "Priority Mail",
          "701", "Priority Mail Express");

  private ServiceTypeCodes() {}

  static Optional<String> name(String code) {
    return Optional.ofNullable(NAMES.get(code));
  }
}
