package org.scanstation.station.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;
import org.scanstation.station.acceptance.AcceptanceService;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.domain.acceptance.AcceptancePolicy;
import org.scanstation.station.domain.acceptance.Scan;
import org.scanstation.station.domain.carrier.PollPlan;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.DerbyAcceptanceLedger;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.store.UnscannedQueries;

/** The packer badge's count on a real (in-memory) Derby: what it counts, how often it asks. */
class UnscannedCountIT {
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

  private final StationStore store = StationStore.inMemory("badge-" + UUID.randomUUID());
  private final MutableClock clock = new MutableClock(T0);
  private final UnscannedCount count =
      new UnscannedCount(new UnscannedQueries(store), clock, Duration.ofSeconds(10));

  private boolean closed;

  @AfterEach
  void close() {
    if (!closed) {
      store.close();
    }
  }

  private void accept(String body, Instant at) {
    new AcceptanceService(
            AcceptancePolicy.OPEN,
            new DerbyAcceptanceLedger(store),
            new FixedLabels(),
            Clock.fixed(at, ZoneOffset.UTC),
            "station-1",
            scanner -> "dock-1",
            UUID::randomUUID)
        .accept(new Scan(Mod10.withCheckDigit(body), "desk-1", at), "ana");
  }

  @Test
  void onlyParcelsAcceptedOverADayAgoCount() {
    accept("940011189922319742850", T0.minus(Duration.ofHours(25)));
    accept("940011189922319742851", T0.minus(Duration.ofDays(4)));
    accept("940011189922319742852", T0.minus(Duration.ofHours(23)));

    assertThat(count.current()).isEqualTo(2);
  }

  @Test
  void theLagIsHowLongTheMostOverdueCheckHasWaitedPastItsTime() {
    assertThat(count.lagSeconds()).isZero();
    Duration first = PollPlan.DEFAULT.unscannedFirstDay();
    // due 2 h before now, and one not due yet: the lag is the overdue one's
    accept("940011189922319742850", T0.minus(first).minus(Duration.ofHours(2)));
    accept("940011189922319742851", T0.minus(first).plus(Duration.ofHours(1)));
    clock.set(T0.plusSeconds(10));

    assertThat(count.lagSeconds()).isEqualTo(Duration.ofHours(2).plusSeconds(10).toSeconds());
  }

  @Test
  void theStoreIsAskedAgainOnlyOnceTheCountIsOlderThanItsMaxAge() {
    assertThat(count.current()).isZero();
    accept("940011189922319742850", T0.minus(Duration.ofDays(2)));

    clock.set(T0.plusSeconds(9));
    assertThat(count.current()).isZero();
    clock.set(T0.plusSeconds(10));
    assertThat(count.current()).isEqualTo(1);
  }

  @Test
  void aStoreThatCannotAnswerGivesNoCountRatherThanAStaleOne() {
    accept("940011189922319742850", T0.minus(Duration.ofDays(2)));
    assertThat(count.current()).isEqualTo(1);

    store.close();
    closed = true;
    clock.set(T0.plusSeconds(60));
    assertThat(count.current()).isNull();
  }
}
