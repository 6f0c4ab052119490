package org.scanstation.station.app;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Objects;
import org.scanstation.station.StationException;
import org.scanstation.station.domain.receipt.ReceiptSignatures;
import org.scanstation.station.domain.receipt.SignedReceipt;
import org.scanstation.station.store.ReceiptKey;
import org.scanstation.station.store.ReceiptQueries;
import org.scanstation.station.store.StationStore;

/**
 * Makes signed receipts from the store: the statements from {@link ReceiptQueries}, the signature
 * with the station's key, which is read (or made) on the first receipt asked for. Thread-safe.
 */
final class Receipts {
  private final ReceiptQueries queries;
  private final Path dataDir;
  private KeyPair key;

  /** Receipts of {@code store}, signed with the key in its data directory (or in memory). */
  Receipts(StationStore store) {
    this.queries = new ReceiptQueries(store);
    this.dataDir = store.path() == null ? null : store.path().getParent();
  }

  /**
   * The receipt of the parcel accepted as {@code trackingNumber}.
   *
   * @throws StationException saying why there is none
   */
  SignedReceipt receipt(String trackingNumber) {
    Objects.requireNonNull(trackingNumber, "trackingNumber");
    ReceiptQueries.Found found = queries.find(trackingNumber);
    if (found instanceof ReceiptQueries.Stated s) {
      return ReceiptSignatures.sign(s.receipt(), key());
    }
    if (found instanceof ReceiptQueries.NotOnManifest n) {
      throw new StationException(
          n.voided()
              ? trackingNumber
                  + " was voided (pulled back before hand-off): it is on no manifest and never"
                  + " will be, so there is no receipt for it"
              : trackingNumber
                  + " was accepted at "
                  + n.acceptedAt()
                  + " but is not on a closed manifest yet: close the manifest first ('station"
                  + " manifest close'), then ask for its receipt");
    }
    throw notAccepted(trackingNumber);
  }

  /** The refusal for a number (as typed: untrusted) this station never accepted. */
  static StationException notAccepted(String key) {
    return new StationException(
        "no parcel "
            + shown(key)
            + " was accepted here: a receipt is for a parcel this station accepted (check the"
            + " number with 'station show')");
  }

  /** Typed text for a message: printable ASCII only, at most 40 characters. */
  private static String shown(String key) {
    StringBuilder b = new StringBuilder("'");
    for (int i = 0; i < key.length() && i < 40; i++) {
      char c = key.charAt(i);
      b.append(c >= 0x20 && c < 0x7F ? c : '?');
    }
    return b.append(key.length() > 40 ? "...'" : "'").toString();
  }

  /** The fingerprint of the station's key, as receipts name it and the hand-off manifest prints. */
  String fingerprint() {
    byte[] publicKey = key().getPublic().getEncoded();
    return ReceiptSignatures.fingerprintOf(Base64.getEncoder().encodeToString(publicKey));
  }

  private synchronized KeyPair key() {
    if (key == null) {
      key = dataDir == null ? ReceiptKey.ephemeral() : ReceiptKey.loadOrCreate(dataDir);
    }
    return key;
  }
}
