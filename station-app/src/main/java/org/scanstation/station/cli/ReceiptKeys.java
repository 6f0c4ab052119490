package org.scanstation.station.cli;

import java.nio.file.Path;
import java.util.Base64;
import org.scanstation.station.domain.receipt.ReceiptSignatures;
import org.scanstation.station.store.ReceiptKey;

/** The fingerprint of the station's receipt key, as the manifest prints it for receipts. */
final class ReceiptKeys {
  private ReceiptKeys() {}

  /** The fingerprint of the key in {@code dataDir}, made there first when there is none yet. */
  static String fingerprint(Path dataDir) {
    byte[] publicKey = ReceiptKey.loadOrCreate(dataDir).getPublic().getEncoded();
    return ReceiptSignatures.fingerprintOf(Base64.getEncoder().encodeToString(publicKey));
  }
}
