package org.scanstation.station.domain.receipt;

import java.util.Objects;

/**
 * The station's signature over a receipt's signed text ({@link ReceiptText}).
 *
 * @param algorithm {@value #ED25519}
 * @param publicKey the signing key, X.509 SubjectPublicKeyInfo DER in base64
 * @param fingerprint SHA-256 of that DER, 64 lower-case hex digits: what {@code station receipt}
 *     prints and the manifest shows, to compare with
 * @param value the signature, base64
 */
public record ReceiptSignature(
    String algorithm, String publicKey, String fingerprint, String value) {

  /** The one signature algorithm receipts use. */
  public static final String ED25519 = "Ed25519";

  /** Requires every field. */
  public ReceiptSignature {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(value, "value");
  }
}
