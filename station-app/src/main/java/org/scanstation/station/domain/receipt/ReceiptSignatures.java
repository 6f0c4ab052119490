package org.scanstation.station.domain.receipt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import org.scanstation.station.domain.acceptance.HashChain;

/**
 * Signs receipts with the station's Ed25519 key and checks their signatures (the JDK's own Ed25519,
 * no library). The signature covers {@link ReceiptText}: every member but the signature, so a
 * member changed after signing, the header and carrier events included, fails it. Stateless and
 * thread-safe.
 */
public final class ReceiptSignatures {
  private ReceiptSignatures() {}

  /** {@code receipt} signed with {@code key} (an Ed25519 key pair). */
  public static SignedReceipt sign(Receipt receipt, KeyPair key) {
    Objects.requireNonNull(receipt, "receipt");
    byte[] publicKey = key.getPublic().getEncoded();
    try {
      Signature s = Signature.getInstance(ReceiptSignature.ED25519);
      s.initSign(key.getPrivate());
      s.update(ReceiptText.of(receipt).getBytes(StandardCharsets.UTF_8));
      return new SignedReceipt(
          receipt,
          new ReceiptSignature(
              ReceiptSignature.ED25519,
              Base64.getEncoder().encodeToString(publicKey),
              fingerprint(publicKey),
              Base64.getEncoder().encodeToString(s.sign())));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a receipt with an Ed25519 key: " + e, e);
    }
  }

  /**
   * Whether the signature is the one its public key made over the receipt's signed text; false also
   * when the key or the signature is not valid base64 or not an Ed25519 key.
   */
  public static boolean verifies(SignedReceipt r) {
    try {
      Signature s = Signature.getInstance(ReceiptSignature.ED25519);
      s.initVerify(publicKey(r.signature().publicKey()));
      s.update(ReceiptText.of(r.receipt()).getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(r.signature().value()));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The fingerprint of a base64 public key's DER, or null when it is not valid base64. */
  public static String fingerprintOf(String publicKeyBase64) {
    try {
      return fingerprint(Base64.getDecoder().decode(publicKeyBase64));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** SHA-256 of an encoded public key, 64 lower-case hex digits. */
  public static String fingerprint(byte[] encodedPublicKey) {
    return HashChain.sha256(encodedPublicKey);
  }

  private static PublicKey publicKey(String base64) throws GeneralSecurityException {
    return KeyFactory.getInstance(ReceiptSignature.ED25519)
        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
  }
}
