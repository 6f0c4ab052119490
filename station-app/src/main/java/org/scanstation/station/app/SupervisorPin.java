package org.scanstation.station.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.scanstation.station.StationException;

/**
 * Checks the supervisor PIN on the server side for every supervisor action. The configured PIN
 * comes from the environment or the config file and is never logged. After {@value #MAX_FAILURES}
 * wrong PINs within {@link #WINDOW}, every attempt is refused until the window has passed; every
 * failure is reported (for the audit log). Thread-safe.
 */
public final class SupervisorPin {
  /** Wrong PINs tolerated within the window. */
  public static final int MAX_FAILURES = 5;

  /** How long failures count. */
  public static final Duration WINDOW = Duration.ofMinutes(5);

  /** A refused PIN: a wrong one, none configured, or too many failures. */
  public static final class Refused extends StationException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final byte[] configured;
  private final Clock clock;
  private final BiConsumer<String, String> onFailure;
  private final Deque<Instant> failures = new ArrayDeque<>();

  /**
   * @param configured the PIN from config or environment; empty disables supervisor actions
   * @param onFailure told (actor, why) of each refusal, for the audit log
   */
  public SupervisorPin(String configured, Clock clock, BiConsumer<String, String> onFailure) {
    this.configured =
        Objects.requireNonNull(configured, "configured").getBytes(StandardCharsets.UTF_8);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
  }

  /**
   * Passes when {@code entered} is the PIN.
   *
   * @throws Refused saying why (never echoing either PIN)
   */
  public synchronized void check(String entered, String actor) {
    Instant now = clock.instant();
    while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(WINDOW))) {
      failures.removeFirst();
    }
    if (configured.length == 0) {
      throw refuse(
          actor,
          "no supervisor PIN is configured; set supervisor.pin"
              + " (or STATION_SUPERVISOR_PIN) to enable supervisor actions",
          false);
    }
    if (failures.size() >= MAX_FAILURES) {
      throw refuse(actor, "too many wrong PINs; try again in a few minutes", false);
    }
    byte[] given = entered == null ? new byte[0] : entered.getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, configured)) {
      failures.addLast(now);
      throw refuse(actor, "wrong supervisor PIN", true);
    }
  }

  private Refused refuse(String actor, String why, boolean counted) {
    onFailure.accept(actor, why + (counted ? " (" + failures.size() + " recent failures)" : ""));
    return new Refused(why);
  }
}
