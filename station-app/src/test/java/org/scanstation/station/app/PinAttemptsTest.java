package org.scanstation.station.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PinAttemptsTest {
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(5);
  private final PinAttempts attempts = new PinAttempts(5, 20, WINDOW);

  private static SupervisorPin.Client client(String address, String session) {
    return new SupervisorPin.Client(address, session);
  }

  private void fail(SupervisorPin.Client c, int times) {
    for (int i = 0; i < times; i++) {
      if (!attempts.locked(c, T0)) {
        attempts.failed(c, T0);
      }
    }
  }

  @Test
  void oneClientsWrongPinsLockOutThatClientOnly() {
    SupervisorPin.Client mallory = client("127.0.0.1", "session-m");
    SupervisorPin.Client supervisor = client("127.0.0.1", "session-s");
    SupervisorPin.Client remote = client("192.168.1.7", "");
    fail(mallory, 50);
    assertThat(attempts.locked(mallory, T0)).isTrue();
    assertThat(attempts.failures(mallory, T0)).isEqualTo(5);
    assertThat(attempts.locked(supervisor, T0)).isFalse();
    assertThat(attempts.locked(remote, T0)).isFalse();
  }

  @Test
  void freshSessionsDoNotBuyMoreThanTheAddressAllows() {
    for (int i = 0; i < 10; i++) {
      fail(client("10.0.0.9", "s" + i), 5);
    }
    assertThat(attempts.locked(client("10.0.0.9", "another"), T0)).isTrue();
    assertThat(attempts.locked(client("127.0.0.1", ""), T0)).isFalse();
  }

  @Test
  void aLockoutEndsWhenTheWindowHasPassed() {
    SupervisorPin.Client c = client("127.0.0.1", "");
    fail(c, 5);
    assertThat(attempts.locked(c, T0.plus(WINDOW).minusSeconds(1))).isTrue();
    assertThat(attempts.locked(c, T0.plus(WINDOW))).isFalse();
    assertThat(attempts.tracked()).isLessThan(2);
  }

  @Test
  void manyClientsAreRememberedWithinABound() {
    for (int i = 0; i < PinAttempts.MAX_TRACKED * 3; i++) {
      SupervisorPin.Client c = client("10.0." + (i / 250) + "." + (i % 250), "s" + i);
      attempts.failed(c, T0.plusMillis(i));
    }
    assertThat(attempts.tracked()).isLessThanOrEqualTo(2 * PinAttempts.MAX_TRACKED);
    SupervisorPin.Client last = client("10.0.12.71", "s3071");
    assertThat(attempts.failures(last, T0.plusSeconds(10))).isEqualTo(1);
  }
}
