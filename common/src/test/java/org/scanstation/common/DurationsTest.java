package org.scanstation.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void readsTheShortFormInEveryUnitAndIso8601() {
    assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(Durations.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Durations.parse("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(Durations.parse(" 7D ")).isEqualTo(Duration.ofDays(7));
    assertThat(Durations.parse("PT30S")).isEqualTo(Duration.ofSeconds(30));
    assertThat(Durations.parse("p7d")).isEqualTo(Duration.ofDays(7));
    assertThat(Durations.parse("0s")).isZero();
  }

  @Test
  void refusesEverythingElseQuotingTheTextAndTheForms() {
    for (String bad : new String[] {"", "fast", "10", "-5s", "5 s", "1w", "PT-1S", "1e3s", "s"}) {
      assertThatThrownBy(() -> Durations.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'")
          .hasMessageContaining("250ms, 30s, 5m, 2h, 7d");
    }
    assertThatThrownBy(() -> Durations.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPositiveDurationMustBeLongerThanZero() {
    assertThat(Durations.parsePositive("1ms")).isEqualTo(Duration.ofMillis(1));
    assertThatThrownBy(() -> Durations.parsePositive("0s"))
        .hasMessageContaining("longer than zero");
  }

  @Test
  void writesTheLargestWholeUnitAndReadsItBack() {
    for (String s : new String[] {"250ms", "90s", "5m", "2h", "7d", "1500ms", "0s"}) {
      assertThat(Durations.format(Durations.parse(s))).isEqualTo(s);
    }
  }
}
