package org.scanstation.station.domain.acceptance;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One scan as it reached the station: the raw text (possibly with GS bytes, AIM identifier and
 * junk), which scanner sent it, when, and the symbology when the scanner's transport reported it.
 *
 * @param raw the scanner's output or the typed text, untrusted
 * @param scannerId the scanner's configured id, or e.g. {@code manual} / {@code page}
 * @param receivedAt when the station received it (for a scanner: when its last byte arrived)
 * @param symbology the AIM symbology identifier the transport reported apart from the data (HID
 *     POS, e.g. {@code ]C1} for GS1-128), or null when it reported none; an empty one is null
 */
public record Scan(String raw, String scannerId, Instant receivedAt, String symbology) {
  // An AIM identifier is "]" + code character + modifier; HID POS gives exactly three bytes.
  private static final Pattern AIM = Pattern.compile("[!-~]{3}");

  /** Requires every part but the symbology, and a symbology of three printable ASCII characters. */
  public Scan {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(scannerId, "scannerId");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (symbology != null && symbology.isEmpty()) {
      symbology = null;
    }
    if (symbology != null && !isAim(symbology)) {
      throw new IllegalArgumentException(
          "symbology must be an AIM identifier of three printable ASCII characters, like ]C1");
    }
  }

  /** Whether {@code text} has the form of an AIM identifier: three printable ASCII characters. */
  public static boolean isAim(String text) {
    return text != null && AIM.matcher(text).matches();
  }

  /**
   * A scan whose transport reports no symbology: typed, pasted, or a serial or keyboard scanner.
   */
  public Scan(String raw, String scannerId, Instant receivedAt) {
    this(raw, scannerId, receivedAt, null);
  }
}
