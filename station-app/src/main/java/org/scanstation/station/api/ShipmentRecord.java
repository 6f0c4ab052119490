package org.scanstation.station.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of a shipment import (CSV column or JSON field names in snake case), untrusted and not
 * yet validated.
 *
 * @param line the line in the file (CSV) or position in the array (JSON), 1-based
 * @param trackingNumber tracking_number
 * @param orderId order_id
 * @param service service, e.g. priority-mail
 * @param toName to_name
 * @param toStreet1 to_street1
 * @param toStreet2 to_street2 (optional)
 * @param toCity to_city
 * @param toState to_state
 * @param toZip to_zip
 * @param fromName from_name (optional)
 * @param fromStreet1 from_street1 (optional)
 * @param fromCity from_city (optional)
 * @param fromState from_state (optional)
 * @param fromZip from_zip (optional)
 * @param weightOz weight_oz (optional)
 * @param extraServices extra_services (optional): codes or names separated by {@code ;}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShipmentRecord(
    long line,
    @JsonProperty("tracking_number") String trackingNumber,
    @JsonProperty("order_id") String orderId,
    @JsonProperty("service") String service,
    @JsonProperty("to_name") String toName,
    @JsonProperty("to_street1") String toStreet1,
    @JsonProperty("to_street2") String toStreet2,
    @JsonProperty("to_city") String toCity,
    @JsonProperty("to_state") String toState,
    @JsonProperty("to_zip") String toZip,
    @JsonProperty("from_name") String fromName,
    @JsonProperty("from_street1") String fromStreet1,
    @JsonProperty("from_city") String fromCity,
    @JsonProperty("from_state") String fromState,
    @JsonProperty("from_zip") String fromZip,
    @JsonProperty("weight_oz") String weightOz,
    @JsonProperty("extra_services") String extraServices) {

  /** A row without the extra_services column. */
  public ShipmentRecord(
      long line,
      String trackingNumber,
      String orderId,
      String service,
      String toName,
      String toStreet1,
      String toStreet2,
      String toCity,
      String toState,
      String toZip,
      String fromName,
      String fromStreet1,
      String fromCity,
      String fromState,
      String fromZip,
      String weightOz) {
    this(
        line,
        trackingNumber,
        orderId,
        service,
        toName,
        toStreet1,
        toStreet2,
        toCity,
        toState,
        toZip,
        fromName,
        fromStreet1,
        fromCity,
        fromState,
        fromZip,
        weightOz,
        null);
  }
}
