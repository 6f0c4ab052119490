package org.scanstation.device.scanner.connect;

import java.time.Clock;
import java.util.Objects;
import org.scanstation.common.Backoff;
import org.scanstation.device.scanner.BarcodeScanner;
import org.scanstation.device.scanner.ReconnectingScanner;

/**
 * Turns scanner URIs into scanners, for the composition root and technician commands. Nothing is
 * opened until the scanner is started. Thread-safe (immutable).
 */
public final class ScannerFactory {
  private final Clock clock;
  private final Backoff backoff;

  /** Scanners that stamp scans with {@code clock} and reconnect with {@code backoff}. */
  public ScannerFactory(Clock clock, Backoff backoff) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
  }

  /** The system clock (UTC) and the default backoff (250 ms doubling to 5 s). */
  public static ScannerFactory standard() {
    return new ScannerFactory(Clock.systemUTC(), ReconnectingScanner.RECONNECT);
  }

  /**
   * A scanner for {@code uri}, known to the station as {@code id}.
   *
   * @throws org.scanstation.device.DeviceException when the URI is malformed (naming it)
   */
  public BarcodeScanner create(String id, String uri) {
    return create(id, ScannerUri.parse(uri));
  }

  /** A scanner for a parsed URI, known to the station as {@code id}. */
  public BarcodeScanner create(String id, ScannerUri uri) {
    Objects.requireNonNull(uri, "uri");
    return new ReconnectingScanner(id, uri.opener(clock), backoff, clock);
  }
}
