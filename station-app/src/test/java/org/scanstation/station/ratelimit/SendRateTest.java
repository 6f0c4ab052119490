package org.scanstation.station.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The rate gate's arithmetic on a clock the test moves: AIMD between a floor and the limits. */
class SendRateTest {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  private static Instant at(long millis) {
    return T0.plusMillis(millis);
  }

  private static int granted(SendRate r, Instant now, int tries) {
    int n = 0;
    for (int i = 0; i < tries; i++) {
      if (r.take(now).isZero()) {
        n++;
      }
    }
    return n;
  }

  @Test
  void startsAtTheConfiguredRateWithABurstOfOneSecondsWorth() {
    SendRate r = new SendRate(10, T0);
    assertThat(r.take(T0)).isZero();
    assertThat(r.take(T0)).isEqualTo(Duration.ofMillis(100));
    assertThat(granted(r, at(5_000), 50))
        .as("a long idle time buys one second's burst")
        .isEqualTo(10);
  }

  @Test
  void a429HalvesTheRateOncePerWindowAndHoldsEveryoneUntilTheReset() {
    SendRate r = new SendRate(10, T0);
    r.limited(at(0), at(1_000));
    assertThat(r.rate()).isEqualTo(5);
    r.limited(at(300), at(1_000)); // already on its way when the first came back
    assertThat(r.rate()).isEqualTo(5);
    assertThat(r.take(at(400))).isEqualTo(Duration.ofMillis(600));
    r.limited(at(1_200), at(2_200));
    assertThat(r.rate()).isEqualTo(2.5);
    assertThat(r.take(at(2_200))).as("no burst saved up while closed").isPositive();
  }

  @Test
  void successRaisesTheRateSlowlyAndNeverAboveTheConfiguredRate() {
    SendRate r = new SendRate(10, T0);
    r.limited(at(0), at(1_000));
    r.answered(true, 500, 1000, at(2_000));
    assertThat(r.rate()).isCloseTo(5 + 10 / SendRate.RECOVERY_SECONDS / 5, within(1e-9));
    for (int i = 0; i < 10; i++) {
      r.answered(true, 500, 1000, at(2_000));
    }
    assertThat(r.rate()).as("ten successes are not a recovery").isLessThan(7);
    for (int i = 0; i < 1_000; i++) {
      r.answered(true, 500, 1000, at(2_000));
    }
    assertThat(r.rate()).isEqualTo(10);
  }

  @Test
  void failuresOtherThan429NeitherSlowNorSpeedUp() {
    SendRate r = new SendRate(10, T0);
    r.limited(at(0), at(1_000));
    r.answered(false, 500, -1, null);
    assertThat(r.rate()).isEqualTo(5);
  }

  @Test
  void theBackendsLimitHeaderCapsTheRate() {
    SendRate r = new SendRate(50, T0);
    r.answered(true, 3, 5, at(1_000));
    assertThat(r.rate()).isEqualTo(5);
    assertThat(granted(r, at(60_000), 50)).isEqualTo(5);
  }

  @Test
  void nothingRemainingHoldsEveryoneUntilTheResetWithoutSpeedingUp() {
    SendRate r = new SendRate(10, T0);
    r.limited(at(0), at(1_000));
    r.answered(true, 0, -1, at(3_000));
    assertThat(r.rate()).isEqualTo(5);
    assertThat(r.take(at(2_000))).isEqualTo(Duration.ofSeconds(1));
    assertThat(r.take(at(3_000))).as("the window reset: one goes at once").isZero();
    assertThat(r.take(at(3_000))).as("the next is paced at the lowered rate").isPositive();
  }

  @Test
  void aStormNeverTakesTheRateBelowTheFloor() {
    SendRate r = new SendRate(10, T0);
    for (int i = 0; i < 100; i++) {
      r.limited(at(i * 2_000L), at(i * 2_000L + 1_000));
    }
    assertThat(r.rate()).isEqualTo(0.2);
    assertThat(r.take(at(300_000))).isZero();
  }

  @Test
  void aClockThatGoesBackAddsNothing() {
    SendRate r = new SendRate(10, at(10_000));
    assertThat(r.take(at(10_000))).isZero();
    assertThat(r.take(at(0))).isPositive();
    assertThat(r.take(at(50))).isPositive();
  }

  @Test
  void theGateReadsItsClock() throws Exception {
    RateGate gate = new RateGate(4, Clock.fixed(T0, ZoneOffset.UTC));
    gate.acquire(); // the first of the burst: no wait on a clock that never moves
    gate.observe(new WindowReport(false, T0.minusSeconds(1), -1, null, -1));
    assertThat(gate.perSecond()).isEqualTo(2);
  }

  @Test
  void aWindowThatRanOutLetsOneRequestGoAtItsResetAndPacesTheRest() {
    SendRate r = new SendRate(10, T0);
    r.answered(true, 0, 10, at(1_000));
    assertThat(r.take(at(500))).isEqualTo(Duration.ofMillis(500));
    assertThat(r.take(at(1_000))).as("the new window has room for one now").isZero();
    assertThat(r.take(at(1_000))).as("the rest are paced").isEqualTo(Duration.ofMillis(100));
  }
}
