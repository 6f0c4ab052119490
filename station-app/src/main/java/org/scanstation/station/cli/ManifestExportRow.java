package org.scanstation.station.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.scanstation.station.api.ManifestPiece;

/**
 * One piece of a manifest as {@code station manifest export} writes it: what a shipper system needs
 * to transmit a shipping services file for it.
 *
 * @param trackingNumber the tracking number digits
 * @param serviceTypeCode the IMpb service type code from the number
 * @param extraServices extra-service codes separated by {@code ;}, empty when none
 * @param destinationZip the destination ZIP, empty when unknown
 * @param mailingDate the manifest's mailing date, YYYY-MM-DD
 * @param weightOz the weight in ounces, or null when unknown
 */
@JsonPropertyOrder({
  "trackingNumber",
  "serviceTypeCode",
  "extraServices",
  "destinationZip",
  "mailingDate",
  "weightOz"
})
record ManifestExportRow(
    String trackingNumber,
    String serviceTypeCode,
    String extraServices,
    String destinationZip,
    String mailingDate,
    Integer weightOz) {

  static ManifestExportRow of(ManifestPiece p, String mailingDate) {
    return new ManifestExportRow(
        p.trackingNumber(),
        p.serviceTypeCode(),
        p.extraServices(),
        p.destinationZip() == null ? "" : p.destinationZip(),
        mailingDate,
        p.weightOz());
  }

  /** The row with every text cell a spreadsheet could run as a formula neutralised. */
  ManifestExportRow forSpreadsheets() {
    return new ManifestExportRow(
        SpreadsheetCells.neutralised(trackingNumber),
        SpreadsheetCells.neutralised(serviceTypeCode),
        SpreadsheetCells.neutralised(extraServices),
        SpreadsheetCells.neutralised(destinationZip),
        SpreadsheetCells.neutralised(mailingDate),
        weightOz);
  }
}
