package org.scanstation.station.domain.receipt;

import java.util.List;
import org.scanstation.station.domain.manifest.MerklePath;

/** Reads the parts of a receipt from their JSON objects. Stateless. */
final class ReceiptFields {
  private ReceiptFields() {}

  static ReceiptAcceptance acceptance(JsonFields f) {
    f.only(
        "eventId",
        "trackingNumber",
        "routingZip",
        "stationId",
        "operatorId",
        "scannerId",
        "rawScan",
        "acceptedAtEpochMilli",
        "acceptedAt",
        "partnerEventCode",
        "prevHash",
        "hash");
    return new ReceiptAcceptance(
        f.text("eventId"),
        f.text("trackingNumber"),
        f.optionalText("routingZip"),
        f.text("stationId"),
        f.text("operatorId"),
        f.text("scannerId"),
        f.text("rawScan"),
        f.integer("acceptedAtEpochMilli"),
        f.text("acceptedAt"),
        f.text("partnerEventCode"),
        f.text("prevHash"),
        f.text("hash"));
  }

  static ReceiptManifest manifest(JsonFields f) {
    f.only(
        "id",
        "stationId",
        "mailingDate",
        "originZip",
        "pieces",
        "root",
        "closedAtEpochMilli",
        "closedAt");
    return new ReceiptManifest(
        f.text("id"),
        f.text("stationId"),
        f.text("mailingDate"),
        f.optionalText("originZip"),
        f.smallInteger("pieces"),
        f.text("root"),
        f.integer("closedAtEpochMilli"),
        f.text("closedAt"));
  }

  static MerklePath path(JsonFields f) {
    f.only("index", "size", "siblings");
    int index = f.smallInteger("index");
    int size = f.smallInteger("size");
    List<String> siblings = f.texts("siblings");
    try {
      return new MerklePath(index, size, siblings);
    } catch (IllegalArgumentException e) {
      throw new MalformedReceipt("path: " + e.getMessage());
    }
  }

  static CarrierProof proof(JsonFields f) {
    if (f == null) {
      return null;
    }
    f.only("occurredAtEpochMilli", "occurredAt", "code", "location", "zip", "signer", "source");
    return new CarrierProof(
        f.integer("occurredAtEpochMilli"),
        f.text("occurredAt"),
        f.optionalText("code"),
        f.optionalText("location"),
        f.optionalText("zip"),
        f.optionalText("signer"),
        f.text("source"));
  }
}
