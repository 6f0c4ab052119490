package org.scanstation.station.domain.receipt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scanstation.station.domain.manifest.MerklePath;

/**
 * A receipt as JSON: written in {@link CanonicalJson}'s form with its members in one fixed order
 * (docs/paperwork.md lists them), read back strictly (every member required, none unknown, each of
 * its type). Stateless.
 */
public final class ReceiptJson {
  private ReceiptJson() {}

  /** The receipt file's text: canonical JSON of the signed receipt and a final newline. */
  public static String write(SignedReceipt r) {
    Map<String, Object> m = body(r.receipt());
    ReceiptSignature s = r.signature();
    m.put(
        "signature",
        members(
            "algorithm", s.algorithm(),
            "publicKey", s.publicKey(),
            "fingerprint", s.fingerprint(),
            "value", s.value()));
    return CanonicalJson.write(m) + "\n";
  }

  /** The text the signature covers: canonical JSON of everything but the signature. */
  public static String signedText(Receipt r) {
    return CanonicalJson.write(body(r));
  }

  /**
   * Reads a receipt file's text.
   *
   * @throws IllegalArgumentException naming the position or the member that is wrong
   */
  public static SignedReceipt read(String text) {
    Object tree = JsonText.parse(text);
    JsonFields root = JsonFields.of(tree, "the receipt");
    root.only("format", "acceptance", "manifest", "path", "mailing", "delivery", "signature");
    Receipt receipt =
        new Receipt(
            root.text("format"),
            ReceiptFields.acceptance(root.object("acceptance")),
            ReceiptFields.manifest(root.object("manifest")),
            ReceiptFields.path(root.object("path")),
            ReceiptFields.proof(root.optionalObject("mailing")),
            ReceiptFields.proof(root.optionalObject("delivery")));
    JsonFields s = root.object("signature");
    s.only("algorithm", "publicKey", "fingerprint", "value");
    return new SignedReceipt(
        receipt,
        new ReceiptSignature(
            s.text("algorithm"), s.text("publicKey"), s.text("fingerprint"), s.text("value")));
  }

  private static Map<String, Object> body(Receipt r) {
    ReceiptAcceptance a = r.acceptance();
    ReceiptManifest m = r.manifest();
    MerklePath p = r.path();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format", r.format());
    out.put(
        "acceptance",
        members(
            "eventId", a.eventId(),
            "trackingNumber", a.trackingNumber(),
            "routingZip", a.routingZip(),
            "stationId", a.stationId(),
            "operatorId", a.operatorId(),
            "scannerId", a.scannerId(),
            "rawScan", a.rawScan(),
            "acceptedAtEpochMilli", a.acceptedAtEpochMilli(),
            "acceptedAt", a.acceptedAt(),
            "partnerEventCode", a.partnerEventCode(),
            "prevHash", a.prevHash(),
            "hash", a.hash()));
    out.put(
        "manifest",
        members(
            "id", m.id(),
            "stationId", m.stationId(),
            "mailingDate", m.mailingDate(),
            "originZip", m.originZip(),
            "pieces", (long) m.pieces(),
            "root", m.root(),
            "closedAtEpochMilli", m.closedAtEpochMilli(),
            "closedAt", m.closedAt()));
    out.put(
        "path",
        members(
            "index", (long) p.index(), "size", (long) p.size(), "siblings", list(p.siblings())));
    out.put("mailing", proof(r.mailing()));
    out.put("delivery", proof(r.delivery()));
    return out;
  }

  private static Map<String, Object> proof(CarrierProof p) {
    if (p == null) {
      return null;
    }
    return members(
        "occurredAtEpochMilli", p.occurredAtEpochMilli(),
        "occurredAt", p.occurredAt(),
        "code", p.code(),
        "location", p.location(),
        "zip", p.zip(),
        "signer", p.signer(),
        "source", p.source());
  }

  private static List<Object> list(List<String> items) {
    return new ArrayList<>(items);
  }

  /** An ordered map from alternating names and values. */
  private static Map<String, Object> members(Object... namesAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }
}
