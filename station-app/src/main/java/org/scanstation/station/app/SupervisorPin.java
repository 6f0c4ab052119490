package org.scanstation.station.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.scanstation.station.StationException;
import org.scanstation.station.api.AccessRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the supervisor PIN on the server side for every supervisor action. The configured PIN
 * comes from the environment or the config file and is never logged.
 *
 * <p>A request without a PIN is refused ("supervisor PIN required") and nothing else happens: it is
 * not counted and not written, so a page of another site, which can make a browser send such
 * requests but never the PIN header, can neither lock anyone out nor fill the store. Wrong PINs are
 * counted per {@link Client} ({@value #MAX_FAILURES} within {@link #WINDOW} lock that client out
 * until the window has passed) and per address ({@value #MAX_FAILURES_PER_ADDRESS}), see {@link
 * PinAttempts}. Refusals of a PIN that was sent are audited through a {@link RefusalTally}: at most
 * one row per address at the first refusal of a window plus one summary row with the count after
 * it. Thread-safe.
 */
public final class SupervisorPin {
  private static final Logger log = LoggerFactory.getLogger(SupervisorPin.class);

  /** Wrong PINs one client may make within the window. */
  public static final int MAX_FAILURES = 5;

  /** Wrong PINs all clients at one address may make within the window. */
  public static final int MAX_FAILURES_PER_ADDRESS = 20;

  /** How long failures count. */
  public static final Duration WINDOW = Duration.ofMinutes(5);

  /**
   * Who tries a PIN: the remote address and the page session (empty without one).
   *
   * @param address the client's IP address as text, or {@code local} for commands
   * @param session the signed-in session's token, or empty
   */
  public record Client(String address, String session) {
    /** The station's own commands and the local API (which needs the run's token). */
    public static final Client LOCAL = new Client("local", "");

    /** Checks both parts are there. */
    public Client {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(session, "session");
    }

    String key() {
      return address + "|" + session;
    }

    @Override
    public String toString() {
      return "Client[" + address + "]"; // the session token is a secret
    }
  }

  /** A refused PIN: none, a wrong one, none configured, or too many failures. */
  public static final class Refused extends StationException implements AccessRefused {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private final byte[] configured;
  private final Clock clock;
  private final PinAttempts attempts =
      new PinAttempts(MAX_FAILURES, MAX_FAILURES_PER_ADDRESS, WINDOW);
  private final RefusalTally tally;

  /**
   * @param configured the PIN from config or environment; empty disables supervisor actions
   * @param audit told (actor, detail) of each audit row to write about refusals, at most a few per
   *     address and window; called while checking, so it should be quick
   */
  public SupervisorPin(String configured, Clock clock, BiConsumer<String, String> audit) {
    this.configured =
        Objects.requireNonNull(configured, "configured").getBytes(StandardCharsets.UTF_8);
    this.clock = Objects.requireNonNull(clock, "clock");
    BiConsumer<String, String> sink = Objects.requireNonNull(audit, "audit");
    this.tally = new RefusalTally(WINDOW, (actor, detail) -> write(sink, actor, detail));
  }

  /**
   * Passes when {@code entered} is the PIN; the station's own commands use {@link Client#LOCAL}.
   *
   * @throws Refused saying why (never echoing either PIN)
   */
  public synchronized void check(String entered, String actor, Client client) {
    if (configured.length == 0) {
      throw new Refused(
          "no supervisor PIN is configured; set supervisor.pin"
              + " (or STATION_SUPERVISOR_PIN) to enable supervisor actions");
    }
    if (entered == null || entered.isEmpty()) {
      throw new Refused("supervisor PIN required");
    }
    Instant now = clock.instant();
    tally.flushClosed(now);
    if (attempts.locked(client, now)) {
      throw refuse(client, actor, "too many wrong PINs; try again in a few minutes", now);
    }
    byte[] given = entered.getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, configured)) {
      attempts.failed(client, now);
      throw refuse(client, actor, "wrong supervisor PIN", now);
    }
  }

  /** Writes the summaries still open; the station calls this when it stops. */
  public synchronized void flush() {
    tally.flushAll();
  }

  private Refused refuse(Client client, String actor, String why, Instant now) {
    tally.refused(client.address(), actor, why, now);
    return new Refused(why);
  }

  private static void write(BiConsumer<String, String> sink, String actor, String detail) {
    try {
      sink.accept(actor, detail);
    } catch (RuntimeException e) {
      // A refusal stays a refusal, and a right PIN stays right, when the audit cannot be written.
      log.warn("could not audit a PIN refusal ({}): {}", detail, e.getMessage());
    }
  }
}
