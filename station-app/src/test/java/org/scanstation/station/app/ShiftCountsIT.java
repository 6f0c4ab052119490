package org.scanstation.station.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.api.ShiftCounts;
import org.scanstation.station.api.ShiftCounts.HourCount;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.ScanRefusals;
import org.scanstation.station.store.StationStore;

/**
 * The overview's counts on a real (in-memory) Derby: a day in the station's zone, by result,
 * reason, hour, desk and operator, from the acceptances and the refused scans the log wrote.
 */
class ShiftCountsIT {
  // 08:10 in Chicago on 1 December
  private static final Instant MORNING = Instant.parse("2026-12-01T14:10:00Z");

  private final StationStore store = StationStore.inMemory("shift-" + UUID.randomUUID());
  private final MutableClock clock = new MutableClock(MORNING);
  private final LocalStation station =
      new LocalStation(
          store,
          StationConfig.load(
              null,
              Map.of(
                  "STATION_SUPERVISOR_PIN", "2468",
                  "STATION_STATION_TIME_ZONE", "America/Chicago")),
          new FixedLabels(),
          clock);
  private final ScanRefusalLog log = new ScanRefusalLog(new ScanRefusals(store)::record, clock);

  @AfterEach
  void close() {
    log.close();
    station.close();
  }

  /** A well-formed number with its check digit off by one. */
  private static String badCheckDigit(int i) {
    String n = number(i);
    char last = n.charAt(n.length() - 1);
    return n.substring(0, n.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
  }

  private static String number(int i) {
    return Mod10.withCheckDigit(String.format("9400111899%011d", i));
  }

  @Test
  void countsTodaysScansByResultReasonHourDeskAndOperator() {
    station.acceptance().addListener(log);
    clock.set(Instant.parse("2026-12-01T05:00:00Z")); // 23:00 the day before in Chicago
    station.accept(number(99), "ana", "desk-1");
    clock.set(MORNING);
    station.accept(number(1), "ana", "desk-1");
    station.accept(number(2), "ana", "desk-1");
    station.accept(number(2), "ana", "desk-1"); // duplicate
    station.accept(badCheckDigit(4), "ana", "desk-1");
    clock.advance(Duration.ofMinutes(80)); // 09:30
    station.accept(number(3), "bob", "desk-2");
    station.accept("9400", "bob", "desk-2");
    station.accept(badCheckDigit(5), "bob", "desk-2");
    log.flush();

    ShiftCounts s = station.shift();

    assertThat(s.day()).isEqualTo("2026-12-01");
    assertThat(s.from()).isEqualTo("2026-12-01T06:00:00Z");
    assertThat(s.to()).isEqualTo("2026-12-01T15:30:00Z");
    assertThat(s.accepted()).isEqualTo(3);
    assertThat(s.duplicates()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(3);
    assertThat(s.rejectedByReason())
        .containsExactly(Map.entry("BAD_CHECK_DIGIT", 2L), Map.entry("WRONG_LENGTH", 1L));
    assertThat(s.hours())
        .containsExactly(
            new HourCount("2026-12-01T14:00:00Z", "desk-1", "ana", 2, 1, 1),
            new HourCount("2026-12-01T15:00:00Z", "desk-2", "bob", 1, 0, 2));
  }

  @Test
  void aDayWithNoScansCountsNothing() {
    ShiftCounts s = station.shift();

    assertThat(s.accepted() + s.duplicates() + s.rejected()).isZero();
    assertThat(s.hours()).isEmpty();
    assertThat(s.rejectedByReason()).isEmpty();
  }
}
