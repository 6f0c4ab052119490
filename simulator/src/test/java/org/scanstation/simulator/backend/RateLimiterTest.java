package org.scanstation.simulator.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  @Test
  void allowsTheLimitInEachSecondAndSaysWhenItResets() {
    RateLimiter limiter = new RateLimiter(2);
    Instant t = Instant.parse("2026-01-05T08:00:00.100Z");
    assertThat(limiter.acquire(t))
        .isEqualTo(new RateLimiter.Decision(true, 2, 1, t.getEpochSecond() + 1));
    assertThat(limiter.acquire(t.plusMillis(100)).remaining()).isZero();
    RateLimiter.Decision refused = limiter.acquire(t.plusMillis(800));
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.resetEpochSecond()).isEqualTo(t.getEpochSecond() + 1);
    assertThat(limiter.acquire(t.plusMillis(900)).allowed()).isTrue();
  }
}
