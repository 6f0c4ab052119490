package org.scanstation.station.receipts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.scanstation.station.domain.receipt.ReceiptCheck;
import org.scanstation.station.domain.receipt.ReceiptVerdict;
import org.scanstation.station.domain.receipt.SignedReceipt;

/**
 * A receipt file's bytes, checked offline: refused unread when larger than any receipt, read as
 * strict UTF-8 JSON ({@link ReceiptJson}), then checked by {@link ReceiptCheck}. Stateless and
 * thread-safe.
 */
public final class ReceiptFile {
  /** The largest receipt file read: a real one is a few KiB. */
  public static final int MAX_BYTES = 64 * 1024;

  private ReceiptFile() {}

  /**
   * Checks {@code file} against {@code stampedRoot}; a file that is no receipt fails with why.
   *
   * @param stampedRoot the Merkle root printed on the stamped manifest, 64 hex digits
   * @param keyFingerprint the station key's fingerprint to require, or null to only report it
   */
  public static ReceiptVerdict check(byte[] file, String stampedRoot, String keyFingerprint) {
    if (file.length > MAX_BYTES) {
      return new ReceiptVerdict.Fails(
          List.of(
              "the file has more than "
                  + MAX_BYTES
                  + " bytes; a receipt has a few thousand: is it the right file? (refused"
                  + " unread)"));
    }
    SignedReceipt r;
    try {
      r = read(file);
    } catch (MalformedReceipt e) {
      return new ReceiptVerdict.Fails(List.of("malformed receipt: " + e.getMessage()));
    }
    return ReceiptCheck.check(r, stampedRoot, keyFingerprint);
  }

  /**
   * The receipt in {@code file}.
   *
   * @throws MalformedReceipt when it is not UTF-8 or not a receipt's JSON
   */
  public static SignedReceipt read(byte[] file) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(file))
              .toString();
      return ReceiptJson.read(text);
    } catch (CharacterCodingException e) {
      throw new MalformedReceipt("the file is not UTF-8 text", e);
    }
  }
}
