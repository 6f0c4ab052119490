package org.scanstation.simulator.scanner;

import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated scanner puts a scan on the wire.
 *
 * @param suffix sent after each scan
 * @param aimPrefix sent before each scan (an AIM symbology identifier such as {@code ]C1}), or
 *     empty for none
 * @param fragmentBytes when positive, each scan is written in pieces of this many bytes, as a slow
 *     serial line or a USB-serial bridge delivers them; 0 writes a scan at once
 * @param fragmentGap pause between pieces
 * @param junkEvery when positive, before every n-th scan a line of noise bytes (no digits, no
 *     CR/LF/GS) is sent, like a misread or a scanner's power-on burst; the station should reject
 *     that line and keep the next scan intact
 */
public record ScannerSettings(
    ScanSuffix suffix, String aimPrefix, int fragmentBytes, Duration fragmentGap, int junkEvery) {

  /** Validates. */
  public ScannerSettings {
    Objects.requireNonNull(suffix, "suffix");
    aimPrefix = aimPrefix == null ? "" : aimPrefix;
    Objects.requireNonNull(fragmentGap, "fragmentGap");
    if (fragmentBytes < 0 || junkEvery < 0 || fragmentGap.isNegative()) {
      throw new IllegalArgumentException("fragmentBytes, junkEvery and fragmentGap must be >= 0");
    }
  }

  /** CR suffix, no prefix, whole scans, no junk. */
  public static ScannerSettings defaults() {
    return new ScannerSettings(ScanSuffix.CR, "", 0, Duration.ZERO, 0);
  }

  /** The same with another suffix. */
  public ScannerSettings withSuffix(ScanSuffix s) {
    return new ScannerSettings(s, aimPrefix, fragmentBytes, fragmentGap, junkEvery);
  }

  /** The same with an AIM prefix. */
  public ScannerSettings withAimPrefix(String prefix) {
    return new ScannerSettings(suffix, prefix, fragmentBytes, fragmentGap, junkEvery);
  }

  /** The same, written in pieces. */
  public ScannerSettings withFragments(int bytes, Duration gap) {
    return new ScannerSettings(suffix, aimPrefix, bytes, gap, junkEvery);
  }

  /** The same with a noise line before every n-th scan. */
  public ScannerSettings withJunkEvery(int n) {
    return new ScannerSettings(suffix, aimPrefix, fragmentBytes, fragmentGap, n);
  }
}
