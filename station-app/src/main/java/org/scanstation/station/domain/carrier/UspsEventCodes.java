package org.scanstation.station.domain.carrier;

import java.util.Set;

/**
 * The USPS event codes the station gives a meaning to (USPS Publication 199 and the tracking API's
 * {@code eventCode}; AfterShip passes them on as a checkpoint's {@code raw_tag}). Pure.
 */
public final class UspsEventCodes {
  /**
   * USPS's own acceptance scans: {@code 03} accepted or picked up, {@code OA} origin acceptance,
   * {@code TM} shipment acceptance. The first of these is the proof of mailing.
   */
  public static final Set<String> ACCEPTANCE = Set.of("03", "OA", "TM");

  /** Delivered ({@code 01}): the proof of delivery, with the signer when one signed. */
  public static final Set<String> DELIVERY = Set.of("01");

  /**
   * Partner events ({@code 80}-{@code 82}): a shipping partner's scan, like the station's own 81.
   * Never a USPS scan.
   */
  public static final Set<String> PARTNER = Set.of("80", "81", "82");

  /** Pre-shipment events: the label's data reached USPS ({@code MA}, {@code GX}); no parcel yet. */
  public static final Set<String> PRE_SHIPMENT = Set.of("MA", "GX");

  private UspsEventCodes() {}

  /** Whether {@code code} is a USPS acceptance scan. */
  public static boolean isAcceptance(String code) {
    return code != null && ACCEPTANCE.contains(code.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether {@code code} is a delivery. */
  public static boolean isDelivery(String code) {
    return code != null && DELIVERY.contains(code.strip());
  }

  /** Whether {@code code} is a partner's or a pre-shipment event rather than a USPS scan. */
  public static boolean isNotAScan(String code) {
    String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    return PARTNER.contains(c) || PRE_SHIPMENT.contains(c);
  }
}
