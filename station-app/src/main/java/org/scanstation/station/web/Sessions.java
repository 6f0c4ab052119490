package org.scanstation.station.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in operators of the packer page: a random token in an HttpOnly, SameSite=Strict cookie
 * maps to an operator id for a shift's length. Thread-safe.
 */
final class Sessions {
  static final String COOKIE = "station_operator";
  private static final Duration SHIFT = Duration.ofHours(12);

  private record Session(String operatorId, Instant expires) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  Sessions(Clock clock) {
    this.clock = clock;
  }

  /** Signs {@code operatorId} in; returns the Set-Cookie header value. */
  String signIn(String operatorId) {
    byte[] b = new byte[24];
    random.nextBytes(b);
    String token = HexFormat.of().formatHex(b);
    sessions.put(token, new Session(operatorId, clock.instant().plus(SHIFT)));
    return COOKIE
        + "="
        + token
        + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
        + SHIFT.toSeconds();
  }

  /** Signs out whoever holds the cookie in {@code cookieHeader}; returns a clearing cookie. */
  String signOut(String cookieHeader) {
    token(cookieHeader).ifPresent(sessions::remove);
    return COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
  }

  /** The operator signed in with the cookie in {@code cookieHeader}, if any. */
  Optional<String> operator(String cookieHeader) {
    Instant now = clock.instant();
    return token(cookieHeader)
        .map(sessions::get)
        .filter(s -> s.expires().isAfter(now))
        .map(Session::operatorId);
  }

  private static Optional<String> token(String cookieHeader) {
    if (cookieHeader == null) {
      return Optional.empty();
    }
    for (String part : cookieHeader.split(";")) {
      String p = part.strip();
      if (p.startsWith(COOKIE + "=")) {
        return Optional.of(p.substring(COOKIE.length() + 1));
      }
    }
    return Optional.empty();
  }
}
