package org.scanstation.station.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in operators of the packer page: a random token in an HttpOnly, SameSite=Strict cookie
 * maps to an operator id for a shift's length. At most {@value #MAX_SESSIONS} are kept: signing in
 * beyond that forgets expired sessions, then the one that expires first, so sign-ins cannot fill
 * the heap. Thread-safe.
 */
final class Sessions {
  static final String COOKIE = "station_operator";
  static final int MAX_SESSIONS = 1000;
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
    if (sessions.size() >= MAX_SESSIONS) {
      makeRoom();
    }
    sessions.put(token, new Session(operatorId, clock.instant().plus(SHIFT)));
    return COOKIE
        + "="
        + token
        + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
        + SHIFT.toSeconds();
  }

  /** Signs out whoever holds the cookie in {@code cookieHeader}; returns a clearing cookie. */
  String signOut(String cookieHeader) {
    cookieToken(cookieHeader).ifPresent(sessions::remove);
    return COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
  }

  /** The operator signed in with the cookie in {@code cookieHeader}, if any. */
  Optional<String> operator(String cookieHeader) {
    return cookieToken(cookieHeader).map(sessions::get).filter(this::live).map(Session::operatorId);
  }

  /** The token of a live session in {@code cookieHeader}, if any (never a made-up one). */
  Optional<String> token(String cookieHeader) {
    return cookieToken(cookieHeader).filter(t -> live(sessions.get(t)));
  }

  /** Sessions kept, for tests of the bound. */
  int size() {
    return sessions.size();
  }

  private boolean live(Session s) {
    return s != null && s.expires().isAfter(clock.instant());
  }

  private synchronized void makeRoom() {
    Instant now = clock.instant();
    sessions.values().removeIf(s -> !s.expires().isAfter(now));
    while (sessions.size() >= MAX_SESSIONS) {
      sessions.entrySet().stream()
          .min(Map.Entry.comparingByValue(Comparator.comparing(Session::expires)))
          .ifPresent(e -> sessions.remove(e.getKey()));
    }
  }

  private static Optional<String> cookieToken(String cookieHeader) {
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
