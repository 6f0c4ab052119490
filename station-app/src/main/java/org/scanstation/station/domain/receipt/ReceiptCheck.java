package org.scanstation.station.domain.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Verifies a receipt offline, with no store: the acceptance's fields must hash to its recorded
 * chain hash, the Merkle path must lead from that hash to the receipt's manifest root and to the
 * root printed on the stamped manifest, and the station's signature must cover every member (so the
 * manifest header and the carrier events cannot be changed either). With an expected key
 * fingerprint the signing key must be that one. Reading the file is {@code receipts.ReceiptFile}'s
 * part. Stateless and thread-safe.
 */
public final class ReceiptCheck {
  private static final int SHOWN = 64;

  private ReceiptCheck() {}

  /**
   * Checks {@code r}, as read from its file, against {@code stampedRoot}.
   *
   * @param stampedRoot the Merkle root printed on the stamped manifest, 64 hex digits
   * @param keyFingerprint the station key's fingerprint to require, or null to only report it
   */
  public static ReceiptVerdict check(SignedReceipt r, String stampedRoot, String keyFingerprint) {
    if (!Receipt.FORMAT.equals(r.receipt().format())) {
      return new ReceiptVerdict.Fails(
          List.of(
              "malformed receipt: format \""
                  + shown(r.receipt().format())
                  + "\" is not one this station reads (expected "
                  + Receipt.FORMAT
                  + ")"));
    }
    List<String> failures = new ArrayList<>();
    fields(r.receipt(), failures);
    Optional<String> root = path(r.receipt(), normalized(stampedRoot), failures);
    signature(r, keyFingerprint == null ? null : normalized(keyFingerprint), failures);
    return failures.isEmpty()
        ? new ReceiptVerdict.Holds(r, root.orElseThrow(), keyFingerprint != null)
        : new ReceiptVerdict.Fails(failures);
  }

  /** The acceptance's hash, the times and the piece count. */
  private static void fields(Receipt r, List<String> failures) {
    ReceiptAcceptance a = r.acceptance();
    String recomputed = a.recomputedHash();
    if (!recomputed.equals(a.hash())) {
      failures.add(
          "acceptance fields do not match their hash: they hash to "
              + recomputed
              + ", the receipt says "
              + shown(a.hash())
              + " (a field of the acceptance was changed)");
    }
    if (!a.timesAgree()) {
      failures.add(
          "acceptance.acceptedAt \""
              + shown(a.acceptedAt())
              + "\" is not the instant acceptedAtEpochMilli "
              + a.acceptedAtEpochMilli()
              + " names");
    }
    ReceiptManifest m = r.manifest();
    if (!m.timesAgree()) {
      failures.add(
          "manifest.closedAt \""
              + shown(m.closedAt())
              + "\" is not the instant closedAtEpochMilli "
              + m.closedAtEpochMilli()
              + " names");
    }
    if (m.pieces() != r.path().size()) {
      failures.add(
          "the manifest has " + m.pieces() + " pieces but the path is for " + r.path().size());
    }
  }

  /** The path's checks; the root it leads to, when it leads anywhere. */
  private static Optional<String> path(Receipt r, String stamped, List<String> failures) {
    ReceiptAcceptance a = r.acceptance();
    ReceiptManifest m = r.manifest();
    Optional<String> root =
        a.hash().length() == 64 ? r.path().rootFrom(a.hash()) : Optional.empty();
    if (root.isEmpty()) {
      failures.add(
          "the Merkle path does not fit piece "
              + r.path().index()
              + " of "
              + r.path().size()
              + " (too few or too many siblings, or one that is not 64 hex digits), or the"
              + " acceptance hash is not 64 hex digits");
      return root;
    }
    if (!root.get().equals(m.root())) {
      failures.add(
          "the Merkle path does not lead to the receipt's manifest root: it leads to "
              + root.get()
              + ", the manifest says "
              + shown(m.root())
              + " (a path from another manifest, or a changed index or sibling)");
    }
    if (!root.get().equals(stamped)) {
      failures.add(
          "the root differs from the stamped one: the path leads to "
              + root.get()
              + ", the stamped manifest says "
              + shown(stamped));
    }
    return root;
  }

  private static void signature(SignedReceipt r, String expectedKey, List<String> failures) {
    ReceiptSignature s = r.signature();
    if (!ReceiptSignature.ED25519.equals(s.algorithm())) {
      failures.add(
          "signature algorithm \""
              + shown(s.algorithm())
              + "\" is not "
              + ReceiptSignature.ED25519);
      return;
    }
    String actual = ReceiptSignatures.fingerprintOf(s.publicKey());
    if (actual == null || !actual.equals(s.fingerprint())) {
      failures.add(
          "signature.fingerprint "
              + shown(s.fingerprint())
              + " is not the fingerprint of signature.publicKey"
              + (actual == null ? " (not valid base64)" : " (" + actual + ")"));
    }
    if (!ReceiptSignatures.verifies(r)) {
      failures.add(
          "signature does not match: a field was changed after signing (or the signature or"
              + " its key was replaced)");
    }
    if (expectedKey != null && actual != null && !actual.equals(expectedKey)) {
      failures.add(
          "signed by key "
              + actual
              + ", not by the key given with --key ("
              + shown(expectedKey)
              + "): a receipt signed by another key than the station's");
    }
  }

  /** Hex as printed on paper: any case, spaces or colons between groups. */
  public static String normalized(String hex) {
    return hex.strip().replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }

  /** Untrusted text for a message: printable ASCII, at most 64 characters. */
  private static String shown(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && i < SHOWN; i++) {
      char c = s.charAt(i);
      b.append(c >= 0x20 && c < 0x7F ? c : '?');
    }
    return s.length() > SHOWN ? b + "..." : b.toString();
  }
}
