package org.scanstation.station.carrier;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scanstation.station.domain.carrier.CarrierTag;
import org.scanstation.station.domain.carrier.UspsEventCodes;

/**
 * USPS's words mapped onto the station's {@link CarrierTag}s, as small tables: a tracking's {@code
 * statusCategory}, an event's {@code eventCode} (USPS Publication 199) and, for codes not in the
 * table, words of its {@code eventType}. What is in no table has no tag: better unknown than a
 * guess that makes an unscanned parcel look scanned. Pure.
 */
final class UspsTags {
  /** {@code statusCategory}, lower case. */
  static final Map<String, CarrierTag> CATEGORIES =
      Map.of(
          "pre-shipment", CarrierTag.INFO_RECEIVED,
          "accepted", CarrierTag.IN_TRANSIT,
          "in transit", CarrierTag.IN_TRANSIT,
          "out for delivery", CarrierTag.OUT_FOR_DELIVERY,
          "delivery attempt", CarrierTag.ATTEMPT_FAIL,
          "available for pickup", CarrierTag.AVAILABLE_FOR_PICKUP,
          "delivered", CarrierTag.DELIVERED,
          "alert", CarrierTag.EXCEPTION);

  /** {@code eventCode}, upper case. */
  static final Map<String, CarrierTag> CODES =
      Map.ofEntries(
          Map.entry("01", CarrierTag.DELIVERED),
          Map.entry("02", CarrierTag.ATTEMPT_FAIL),
          Map.entry("03", CarrierTag.IN_TRANSIT),
          Map.entry("04", CarrierTag.EXCEPTION),
          Map.entry("05", CarrierTag.EXCEPTION),
          Map.entry("07", CarrierTag.IN_TRANSIT),
          Map.entry("10", CarrierTag.IN_TRANSIT),
          Map.entry("16", CarrierTag.AVAILABLE_FOR_PICKUP),
          Map.entry("OA", CarrierTag.IN_TRANSIT),
          Map.entry("OF", CarrierTag.OUT_FOR_DELIVERY),
          Map.entry("TM", CarrierTag.IN_TRANSIT),
          Map.entry("MA", CarrierTag.INFO_RECEIVED),
          Map.entry("GX", CarrierTag.INFO_RECEIVED));

  /** Words of an {@code eventType}, lower case, tried in this order ("delivered" last). */
  static final List<Map.Entry<String, CarrierTag>> EVENT_WORDS =
      List.of(
          Map.entry("out for delivery", CarrierTag.OUT_FOR_DELIVERY),
          Map.entry("delivery attempt", CarrierTag.ATTEMPT_FAIL),
          Map.entry("notice left", CarrierTag.ATTEMPT_FAIL),
          Map.entry("available for pickup", CarrierTag.AVAILABLE_FOR_PICKUP),
          Map.entry("shipping label created", CarrierTag.INFO_RECEIVED),
          Map.entry("pre-shipment", CarrierTag.INFO_RECEIVED),
          Map.entry("alert", CarrierTag.EXCEPTION),
          Map.entry("delivered", CarrierTag.DELIVERED));

  private UspsTags() {}

  /** The tag of a tracking's {@code statusCategory}, or null. */
  static CarrierTag ofCategory(String statusCategory) {
    return statusCategory == null ? null : CATEGORIES.get(lower(statusCategory));
  }

  /** The tag of an event, by its code, else its type's words; partner events (80-82) have none. */
  static CarrierTag ofEvent(String eventCode, String eventType) {
    String code = eventCode == null ? "" : eventCode.strip().toUpperCase(Locale.ROOT);
    if (UspsEventCodes.PARTNER.contains(code)) {
      return null;
    }
    CarrierTag byCode = CODES.get(code);
    if (byCode != null || eventType == null) {
      return byCode;
    }
    String type = lower(eventType);
    for (Map.Entry<String, CarrierTag> w : EVENT_WORDS) {
      if (type.contains(w.getKey())) {
        return w.getValue();
      }
    }
    return null;
  }

  private static String lower(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
