package org.scanstation.station.domain.receipt;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.HashChain;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierTag;
import org.scanstation.station.domain.manifest.MerkleTree;

/** Chained acceptances on a manifest, and signed receipts of them, made without a store. */
public final class ReceiptFixture {
  public static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

  private ReceiptFixture() {}

  public static KeyPair newKey() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code n} acceptances chained after {@code prev}, one a minute from {@code T0}. */
  public static List<AcceptanceEvent> chain(int n, String prev, String rawPrefix) {
    List<AcceptanceEvent> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String number = String.format("9400111899223197%06d", i);
      String raw = rawPrefix + number;
      Instant at = T0.plusSeconds(60L * i);
      UUID id = UUID.nameUUIDFromBytes(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      String hash =
          HashChain.hash(
              prev,
              id.toString(),
              number,
              "10001",
              "station-7",
              "ana",
              "desk-1",
              raw,
              at.toEpochMilli(),
              "81");
      out.add(
          new AcceptanceEvent(
              id, number, "10001", "station-7", "ana", "desk-1", raw, "]C1", at, "81", prev, hash));
      prev = hash;
    }
    return out;
  }

  /** The unsigned receipt of piece {@code index} of a manifest over {@code pieces}. */
  public static Receipt receipt(List<AcceptanceEvent> pieces, int index, String manifestId) {
    MerkleTree tree = MerkleTree.over(pieces.stream().map(AcceptanceEvent::hash).toList());
    AcceptanceEvent a = pieces.get(index);
    CarrierEvent mailed =
        new CarrierEvent(
            a.trackingNumber(),
            CarrierSource.USPS,
            T0.plusSeconds(7200),
            "03",
            CarrierTag.IN_TRANSIT,
            null,
            "NEW YORK, NY",
            "10001",
            "USPS in possession of item",
            null);
    CarrierEvent delivered =
        new CarrierEvent(
            a.trackingNumber(),
            CarrierSource.USPS,
            T0.plusSeconds(90_000),
            "01",
            CarrierTag.DELIVERED,
            null,
            "BOSTON, MA",
            "02110",
            "Delivered",
            "J SMITH");
    return Receipt.of(
        ReceiptAcceptance.of(a),
        ReceiptManifest.of(
            manifestId,
            "station-7",
            "2026-12-01",
            "10001",
            pieces.size(),
            tree.root(),
            T0.plusSeconds(36_000)),
        tree.path(index),
        CarrierProof.of(mailed),
        CarrierProof.of(delivered));
  }
}
