package org.scanstation.station;

/**
 * The station's one unchecked exception root. Messages name the thing that failed (a store path, a
 * config key, a tracking number) and, where there is one, the likely fix.
 *
 * <p>The library modules ({@code label-printing}, {@code device-drivers}, {@code simulator}) depend
 * on nothing of the station's and so carry their own roots; the station wraps them where it needs
 * context.
 */
public class StationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with a message that names the thing and the fix. */
  public StationException(String message) {
    super(message);
  }

  /** An error with a message that names the thing and the fix, and its cause. */
  public StationException(String message, Throwable cause) {
    super(message, cause);
  }
}
