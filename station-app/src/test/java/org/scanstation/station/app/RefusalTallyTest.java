package org.scanstation.station.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalTallyTest {
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(5);
  private final List<String> rows = new ArrayList<>();
  private final RefusalTally tally = new RefusalTally(WINDOW, (actor, detail) -> rows.add(detail));

  @Test
  void theFirstRefusalOfAWindowIsWrittenAtOnceAndTheRestAsOneSummary() {
    tally.refused("127.0.0.1", "eve", "wrong supervisor PIN", T0);
    assertThat(rows).singleElement().asString().startsWith("wrong supervisor PIN from 127.0.0.1");
    for (int i = 1; i <= 1000; i++) {
      tally.flushClosed(T0.plusMillis(i));
      tally.refused("127.0.0.1", "eve", i % 2 == 0 ? "wrong supervisor PIN" : "locked", T0);
    }
    assertThat(rows).hasSize(1);
    tally.flushClosed(T0.plus(WINDOW));
    assertThat(rows)
        .hasSize(2)
        .last()
        .asString()
        .startsWith("1000 more PIN refusals from 127.0.0.1 within 5 minutes")
        .contains("locked x500")
        .contains("wrong supervisor PIN x500");
  }

  @Test
  void aRefusalAfterTheWindowClosesTheOldTallyAndStartsANewOne() {
    tally.refused("127.0.0.1", "eve", "wrong supervisor PIN", T0);
    tally.refused("127.0.0.1", "eve", "wrong supervisor PIN", T0.plusSeconds(1));
    tally.refused("127.0.0.1", "eve", "wrong supervisor PIN", T0.plus(WINDOW));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).startsWith("1 more PIN refusals");
    assertThat(rows.get(2)).startsWith("wrong supervisor PIN from 127.0.0.1");
  }

  @Test
  void refusalsFromManyAddressesWriteABoundedNumberOfRows() {
    for (int i = 0; i < 10_000; i++) {
      tally.refused("10.1." + (i / 250) + "." + (i % 250), "eve", "wrong supervisor PIN", T0);
    }
    tally.flushAll();
    assertThat(rows).hasSizeLessThanOrEqualTo(2 * (RefusalTally.MAX_ADDRESSES + 1));
    assertThat(rows).anyMatch(r -> r.startsWith("9983 more PIN refusals from other addresses"));
  }

  @Test
  void aSingleRefusalWritesNoSummary() {
    tally.refused("127.0.0.1", "eve", "wrong supervisor PIN", T0);
    tally.flushAll();
    assertThat(rows).hasSize(1);
  }
}
