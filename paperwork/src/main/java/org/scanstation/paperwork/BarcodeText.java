package org.scanstation.paperwork;

import java.util.Locale;

/** What the documents' barcodes may carry; the checks the value records run at construction. */
final class BarcodeText {
  /** A SHA-512 root is the longest a station would print. */
  static final int MAX_HEX = 128;

  private BarcodeText() {}

  static void requireCode128(String id, int maxLength) {
    if (id == null || id.isEmpty()) {
      throw new PaperworkException("the manifest id is empty: a closed manifest always has one");
    }
    if (id.length() > maxLength) {
      throw new PaperworkException(
          "manifest id of "
              + id.length()
              + " characters is too long for its Code 128 barcode; at most "
              + maxLength);
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        throw new PaperworkException(
            "manifest id has character U+"
                + String.format(Locale.ROOT, "%04X", (int) c)
                + " at "
                + i
                + "; a Code 128 id takes printable ASCII without spaces");
      }
    }
  }

  static void requireHex(String hex) {
    if (hex == null || hex.isEmpty() || hex.length() > MAX_HEX || hex.length() % 2 != 0) {
      throw new PaperworkException(
          "the Merkle root must be an even number of hex digits, 2 to "
              + MAX_HEX
              + ", got "
              + (hex == null ? "none" : hex.length() + " characters"));
    }
    for (int i = 0; i < hex.length(); i++) {
      // Character.digit would take full-width and other Unicode digits.
      if ("0123456789abcdefABCDEF".indexOf(hex.charAt(i)) < 0) {
        throw new PaperworkException(
            "the Merkle root has a non-hex character at " + i + "; give the root as hex digits");
      }
    }
  }
}
