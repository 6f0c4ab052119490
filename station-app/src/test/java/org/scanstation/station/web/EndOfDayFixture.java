package org.scanstation.station.web;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.app.LocalStation;

/** Shipments and PDF reading for the end-of-day panel's tests. */
final class EndOfDayFixture {
  /** An addressee name that would break a page or a PDF if it were treated as markup. */
  static final String HOSTILE_NAME = "<img src=x onerror=alert(1)> O'Brien & \"Sons\" (Legal)";

  /** The mailer a firm sheet needs on every sheet. */
  static final Map<String, String> ENV =
      Map.of(
          "STATION_POLICY_UNKNOWN_SHIPMENT", "accept",
          "STATION_MAILER_NAME", "Acme Legal Notices",
          "STATION_MAILER_ADDRESS", "1 Dock Rd|Memphis, TN 38118");

  private EndOfDayFixture() {}

  /** Imports one Certified Mail (910) Priority Mail shipment to {@code toName}. */
  static void importCertified(LocalStation station, String number, String toName) {
    ShipmentRecord row =
        new ShipmentRecord(
            1,
            number,
            "L-1",
            "priority-mail",
            toName,
            "1 Main St",
            null,
            "New York",
            "NY",
            "10001",
            null,
            null,
            null,
            null,
            null,
            null,
            "910");
    var summary = station.importShipments(List.of(row), "ana");
    if (!summary.rejected().isEmpty()) {
      throw new IllegalStateException("the fixture's shipment was refused: " + summary);
    }
  }

  /** All the text of a PDF, as a clerk would read it. */
  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
