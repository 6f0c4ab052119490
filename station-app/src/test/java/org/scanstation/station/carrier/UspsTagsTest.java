package org.scanstation.station.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierTag;

class UspsTagsTest {
  @ParameterizedTest
  @CsvSource({
    "Pre-Shipment, INFO_RECEIVED",
    "Accepted, IN_TRANSIT",
    "In Transit, IN_TRANSIT",
    "out for delivery, OUT_FOR_DELIVERY",
    "Delivery Attempt, ATTEMPT_FAIL",
    "Available for Pickup, AVAILABLE_FOR_PICKUP",
    "Delivered, DELIVERED",
    "Alert, EXCEPTION"
  })
  void eachStatusCategoryHasItsTag(String category, CarrierTag tag) {
    assertThat(UspsTags.ofCategory(category)).isEqualTo(tag);
  }

  @Test
  void anUnknownCategoryHasNoTag() {
    assertThat(UspsTags.ofCategory("Something New")).isNull();
    assertThat(UspsTags.ofCategory(null)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "01, Delivered, DELIVERED",
    "02, Notice Left, ATTEMPT_FAIL",
    "03, USPS picked up item, IN_TRANSIT",
    "OA, Accepted at USPS Origin Facility, IN_TRANSIT",
    "oa, Accepted at USPS Origin Facility, IN_TRANSIT",
    "10, Processed through Facility, IN_TRANSIT",
    "OF, Out for Delivery, OUT_FOR_DELIVERY",
    "16, Available for Pickup, AVAILABLE_FOR_PICKUP",
    "MA, Shipping Label Created, INFO_RECEIVED",
    "GX, Pre-Shipment Info Sent, INFO_RECEIVED",
    "ZZ, 'Delivered, In/At Mailbox', DELIVERED",
    "ZZ, Out for Delivery Today, OUT_FOR_DELIVERY",
    "ZZ, 'Alert: Delayed', EXCEPTION",
    "'', Available for Pickup at Post Office, AVAILABLE_FOR_PICKUP"
  })
  void eventsAreTaggedByCodeThenByTheWordsOfTheirType(String code, String type, CarrierTag tag) {
    assertThat(UspsTags.ofEvent(code, type)).isEqualTo(tag);
  }

  @Test
  void partnerEventsAndUnknownWordsHaveNoTag() {
    assertThat(UspsTags.ofEvent("81", "Shipping Partner: Delivered to USPS")).isNull();
    assertThat(UspsTags.ofEvent("ZZ", "Something happened")).isNull();
    assertThat(UspsTags.ofEvent(null, null)).isNull();
  }

  @Test
  void theTableMakesAUspsAcceptanceACarrierScanAndPreShipmentNot() {
    assertThat(event("03", "USPS picked up item").isAcceptance()).isTrue();
    assertThat(event("03", "USPS picked up item").isCarrierScan()).isTrue();
    assertThat(event("10", "Processed").isCarrierScan()).isTrue();
    assertThat(event("MA", "Shipping Label Created").isCarrierScan()).isFalse();
    assertThat(event("01", "Delivered").isDelivery()).isTrue();
  }

  private static CarrierEvent event(String code, String type) {
    return new CarrierEvent(
        "9400111899223197428497",
        CarrierSource.USPS,
        Instant.parse("2026-12-01T10:00:00Z"),
        code,
        UspsTags.ofEvent(code, type),
        null,
        null,
        null,
        type,
        null);
  }
}
