package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;

/** The plain progress line for logs and pipes: every 5 s or every tenth, whichever comes first. */
class LineProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void aLineComesEachTenthWithPercentRateAndTimeLeft() {
    LineProgress p = new LineProgress(err, clock, "import", "rows", 1000);
    for (int done = 1; done <= 250; done++) {
      clock.advance(Duration.ofMillis(4));
      p.at(done);
    }
    assertThat(lines())
        .containsExactly(
            "station: import 100/1000 rows (10%), 250 rows/s, about 4s left",
            "station: import 200/1000 rows (20%), 250 rows/s, about 4s left");
  }

  @Test
  void slowWorkStillGetsALineEveryFiveSeconds() {
    LineProgress p = new LineProgress(err, clock, "sync", "entries", 1000);
    clock.advance(Duration.ofSeconds(4));
    p.at(1);
    assertThat(lines()).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    p.at(2);
    assertThat(lines())
        .containsExactly("station: sync 2/1000 entries (0%), 0 entries/s, about 42m left");
  }

  @Test
  void anUnknownTotalCountsWithoutPercentOrTimeLeft() {
    LineProgress p = new LineProgress(err, clock, "export", "rows", -1);
    clock.advance(Duration.ofSeconds(5));
    p.at(500);
    assertThat(lines()).containsExactly("station: export 500 rows, 100 rows/s");
  }

  @Test
  void closingSaysHowManyInHowLong() {
    LineProgress p = new LineProgress(err, clock, "backup", "bytes", 2048);
    clock.advance(Duration.ofSeconds(2));
    p.at(2048);
    bytes.reset();
    p.close();
    assertThat(lines()).containsExactly("station: backup done: 2048 bytes in 2s, 1024 bytes/s");
  }

  @Test
  void manyStepsInOneTenthGiveOneLineNotOnePerStep() {
    LineProgress p = new LineProgress(err, clock, "import", "rows", 100_000);
    for (int done = 1; done <= 9_999; done++) {
      p.at(done);
    }
    assertThat(lines()).isEmpty();
  }
}
