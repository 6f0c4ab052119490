package org.scanstation.station.domain.receipt;

import org.scanstation.station.domain.acceptance.FieldText;
import org.scanstation.station.domain.manifest.MerklePath;

/**
 * The text a receipt's signature covers: every member of the receipt but the signature, in one
 * fixed order, in the hash chain's length-prefixed {@link FieldText} encoding. The format comes
 * first and is the version tag of this order. Being made from the values, not from the file's
 * bytes, it is the same however the JSON is spaced, ordered or escaped. docs/paperwork.md gives the
 * order so that anyone can write a verifier. Stateless.
 */
public final class ReceiptText {
  private ReceiptText() {}

  /** The signed text of {@code r}; signed and verified as UTF-8. */
  public static String of(Receipt r) {
    FieldText t = new FieldText().add(r.format());
    acceptance(r.acceptance(), t);
    manifest(r.manifest(), t);
    path(r.path(), t);
    proof(r.mailing(), t);
    proof(r.delivery(), t);
    return t.text();
  }

  private static void acceptance(ReceiptAcceptance a, FieldText t) {
    t.add(a.eventId())
        .add(a.trackingNumber())
        .addOrAbsent(a.routingZip())
        .add(a.stationId())
        .add(a.operatorId())
        .add(a.scannerId())
        .add(a.rawScan())
        .add(a.acceptedAtEpochMilli())
        .add(a.acceptedAt())
        .add(a.partnerEventCode())
        .add(a.prevHash())
        .add(a.hash());
  }

  private static void manifest(ReceiptManifest m, FieldText t) {
    t.add(m.id())
        .add(m.stationId())
        .add(m.mailingDate())
        .addOrAbsent(m.originZip())
        .add(m.pieces())
        .add(m.root())
        .add(m.closedAtEpochMilli())
        .add(m.closedAt());
  }

  private static void path(MerklePath p, FieldText t) {
    // the count first: the siblings are the one member of varying length
    t.add(p.index()).add(p.size()).add(p.siblings().size());
    p.siblings().forEach(t::add);
  }

  private static void proof(CarrierProof p, FieldText t) {
    if (p == null) {
      t.absent();
      return;
    }
    t.add(p.occurredAtEpochMilli())
        .add(p.occurredAt())
        .addOrAbsent(p.code())
        .addOrAbsent(p.location())
        .addOrAbsent(p.zip())
        .addOrAbsent(p.signer())
        .add(p.source());
  }
}
