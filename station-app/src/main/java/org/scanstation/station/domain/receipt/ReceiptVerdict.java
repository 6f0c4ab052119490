package org.scanstation.station.domain.receipt;

import java.util.List;
import java.util.Objects;

/** What {@link ReceiptCheck} found: the receipt holds, or exactly what fails. */
public sealed interface ReceiptVerdict {

  /**
   * Everything holds: the acceptance matches its hash, the path leads from it to the stamped root,
   * and the signature covers every member.
   *
   * @param receipt the receipt checked
   * @param root the root its path leads to (equal to the stamped one)
   * @param keyChecked whether the signing key was compared with a fingerprint given to the check;
   *     when false, only the signature itself was checked and the key should be compared with the
   *     fingerprint printed on the manifest
   */
  record Holds(SignedReceipt receipt, String root, boolean keyChecked) implements ReceiptVerdict {
    /** Requires the receipt and the root. */
    public Holds {
      Objects.requireNonNull(receipt, "receipt");
      Objects.requireNonNull(root, "root");
    }
  }

  /**
   * Something does not hold.
   *
   * @param failures one sentence per check that failed, in the order they were checked
   */
  record Fails(List<String> failures) implements ReceiptVerdict {
    /** Requires at least one failure. */
    public Fails {
      failures = List.copyOf(failures);
      if (failures.isEmpty()) {
        throw new IllegalArgumentException("a failed check names what failed");
      }
    }
  }
}
