package org.scanstation.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;

class WarnLimiterTest {
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final List<String> emitted = new ArrayList<>();
  private final WarnLimiter limiter = new WarnLimiter(Duration.ofSeconds(60), clock, emitted::add);

  @Test
  void theFirstOccurrenceGoesOutAtOnce() {
    limiter.warn("too-long", "discarded 600 bytes");
    assertThat(emitted).containsExactly("discarded 600 bytes");
  }

  @Test
  void repeatsWithinTheWindowAreCountedAndSaidOnceWithTheNextOccurrenceAfterIt() {
    for (int i = 0; i < 1235; i++) {
      limiter.warn("too-long", "discarded " + (600 + i) + " bytes");
      clock.advance(Duration.ofMillis(40));
    }
    assertThat(emitted).containsExactly("discarded 600 bytes");

    clock.advance(Duration.ofSeconds(30)); // 1235 × 40 ms = 49.4 s, now past the 60 s window
    limiter.warn("too-long", "discarded 9999 bytes");
    assertThat(emitted)
        .containsExactly(
            "discarded 600 bytes",
            "discarded 9999 bytes (repeated 1234 times in the 60s from 2026-12-01T08:00:00Z)");
  }

  @Test
  void aSustainedStormLogsOneLinePerWindow() {
    for (int s = 0; s < 600; s++) { // ten minutes, ten warnings a second
      for (int i = 0; i < 10; i++) {
        limiter.warn("too-long", "discarded");
        clock.advance(Duration.ofMillis(100));
      }
    }
    assertThat(emitted).hasSize(10);
    assertThat(emitted.get(1))
        .isEqualTo("discarded (repeated 599 times in the 60s from " + T0 + ")");
  }

  @Test
  void flushSaysTheCountOfAWindowThatEndedQuietlyAndThenForgetsTheKey() {
    limiter.warn("too-long", "discarded 600 bytes");
    limiter.warn("too-long", "discarded 700 bytes");
    limiter.warn("too-long", "discarded 800 bytes");
    limiter.flush();
    assertThat(emitted).as("the window is not over yet").hasSize(1);

    clock.advance(Duration.ofSeconds(61));
    limiter.flush();
    limiter.flush();
    assertThat(emitted)
        .containsExactly(
            "discarded 600 bytes",
            "discarded 800 bytes (repeated 2 times in the 60s from 2026-12-01T08:00:00Z)");

    limiter.warn("too-long", "discarded 900 bytes");
    assertThat(emitted).last().isEqualTo("discarded 900 bytes");
  }

  @Test
  void aWarningThatDidNotRepeatHasNoCount() {
    limiter.warn("too-long", "once");
    clock.advance(Duration.ofMinutes(5));
    limiter.flush();
    limiter.warn("too-long", "again");
    assertThat(emitted).containsExactly("once", "again");
  }

  @Test
  void keysAreLimitedApart() {
    limiter.warn("scanner a", "a");
    limiter.warn("scanner b", "b");
    limiter.warn("scanner a", "a");
    assertThat(emitted).containsExactly("a", "b");
  }

  @Test
  void theOldestKeyIsSummarisedWhenTooManyAreTracked() {
    limiter.warn("k0", "zero");
    limiter.warn("k0", "zero again");
    for (int i = 1; i <= WarnLimiter.MAX_KEYS; i++) {
      limiter.warn("k" + i, "key " + i);
    }
    assertThat(emitted).hasSize(WarnLimiter.MAX_KEYS + 2);
    assertThat(emitted)
        .contains("zero again (repeated 1 time in the 60s from 2026-12-01T08:00:00Z)");
    limiter.warn("k0", "zero once more");
    assertThat(emitted)
        .as("k0 was forgotten, so it counts as new")
        .last()
        .isEqualTo("zero once more");
  }

  @Test
  void aWindowUnderAMillisecondIsRefused() {
    assertThatThrownBy(() -> new WarnLimiter(Duration.ZERO, clock, emitted::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("under 1 ms");
  }
}
