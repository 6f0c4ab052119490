package org.scanstation.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));

  @Test
  void doublesFromTheFirstWaitUpToTheLongest() {
    assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(250));
    assertThat(backoff.delay(2)).isEqualTo(Duration.ofMillis(500));
    assertThat(backoff.delay(5)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.delay(6)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.delay(10_000)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.delay(0)).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void jitterStaysBetweenHalfAndTheWholeDelay() {
    Random random = new Random(7);
    for (int i = 0; i < 1000; i++) {
      Duration d = backoff.jittered(3, random);
      assertThat(d).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }
  }

  @Test
  void stepsHandOutTheWaitsInOrderAndStartAgainOnReset() {
    Backoff.Steps steps = backoff.steps();
    assertThat(steps.next()).isEqualTo(Duration.ofMillis(250));
    assertThat(steps.next()).isEqualTo(Duration.ofMillis(500));
    assertThat(steps.next()).isEqualTo(Duration.ofSeconds(1));
    steps.reset();
    assertThat(steps.next()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void refusesAFirstWaitThatIsZeroOrLongerThanTheLongest() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
