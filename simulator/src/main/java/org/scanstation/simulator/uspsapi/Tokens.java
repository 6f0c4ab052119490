package org.scanstation.simulator.uspsapi;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The access tokens the simulator issued, each valid until its expiry on the API's clock. Tokens
 * are random (not derived from the seed): a client must not be able to guess one. Thread-safe.
 */
final class Tokens {
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
  private final AtomicLong issued = new AtomicLong();
  private final Duration ttl;

  Tokens(Duration ttl) {
    this.ttl = ttl;
  }

  /** A new token valid from {@code now} for the TTL. */
  String issue(Instant now) {
    byte[] b = new byte[24];
    random.nextBytes(b);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    expiries.put(token, now.plus(ttl));
    issued.incrementAndGet();
    return token;
  }

  /** Whether {@code token} was issued here and has not expired at {@code now}. */
  boolean valid(String token, Instant now) {
    Instant until = token == null ? null : expiries.get(token);
    return until != null && now.isBefore(until);
  }

  /** The TTL in whole seconds, as {@code expires_in} says it. */
  long ttlSeconds() {
    return ttl.toSeconds();
  }

  /** How many tokens were issued. */
  long issued() {
    return issued.get();
  }
}
