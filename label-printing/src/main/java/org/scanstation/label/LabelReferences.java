package org.scanstation.label;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What else a label tells people about the parcel. Every part is optional (null when unknown).
 * Immutable and thread-safe.
 *
 * @param orderId the shipper's order reference
 * @param weightOz weight in ounces; never negative
 * @param shipDate the day the parcel is handed over
 * @param stationId the acceptance station that printed the label
 * @param operatorId who was signed in at the station
 */
public record LabelReferences(
    String orderId, BigDecimal weightOz, LocalDate shipDate, String stationId, String operatorId) {

  /** No references at all. */
  public static final LabelReferences NONE = new LabelReferences(null, null, null, null, null);

  /**
   * Refuses a negative weight.
   *
   * @throws LabelException when the weight is below zero
   */
  public LabelReferences {
    if (weightOz != null && weightOz.signum() < 0) {
      throw new LabelException("weight cannot be negative, got " + weightOz + " oz");
    }
  }
}
