package org.scanstation.station.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.station.api.ManifestSummary;
import org.scanstation.station.api.OpenManifest;
import org.scanstation.station.api.VoidRequest;

/**
 * What the supervisor page shows as waiting for today's manifest is what the next close takes:
 * voided parcels and parcels already on a manifest are not counted, and the day is the station's
 * (America/Chicago, from {@link ManifestsIT}'s station), not UTC's.
 */
class OpenManifestIT {
  private final ManifestsIT day = new ManifestsIT();

  @AfterEach
  void close() {
    day.close();
  }

  @Test
  void whatWaitsIsCountedByServiceAndIsExactlyWhatTheNextCloseTakes() {
    day.ship(1, "priority-mail");
    day.ship(2, "ground-advantage");
    day.now.set(ManifestsIT.NOON.minusSeconds(3600));
    String first = day.accept(1);
    day.now.set(ManifestsIT.NOON);
    day.accept(2);
    day.accept(3);
    String pulled = day.accept(4);
    day.station.voidAcceptance(
        new VoidRequest(pulled, "customer cancelled", "sup", ManifestsIT.PIN));

    OpenManifest open = day.station.openManifest();
    assertThat(open.date()).isEqualTo("2026-12-01");
    assertThat(open.pieces()).isEqualTo(3);
    assertThat(open.byService())
        .isEqualTo(Map.of("priority-mail", 1, "ground-advantage", 1, "unknown", 1));
    assertThat(open.oldestAcceptedAt())
        .isEqualTo(String.valueOf(day.station.show(first).orElseThrow().acceptance().acceptedAt()));

    ManifestSummary closed = day.closed(null);
    assertThat(closed.pieces()).isEqualTo(open.pieces());
    assertThat(closed.byService()).isEqualTo(open.byService());
    assertThat(day.station.openManifest().pieces()).isZero();
    assertThat(day.station.openManifest().oldestAcceptedAt()).isNull();
  }

  @Test
  void theDayIsTheStationsSoALateEveningScanStillWaitsForTodaysManifest() {
    day.now.set(java.time.Instant.parse("2026-12-02T05:59:59.999Z")); // Dec 1, 23:59 in Chicago
    String late = day.accept(1);

    OpenManifest open = day.station.openManifest();
    assertThat(open.date()).isEqualTo("2026-12-01");
    assertThat(open.pieces()).isEqualTo(1);
    assertThat(day.station.manifestHolding(late)).isEmpty();
    ManifestSummary m = day.closed(null);
    assertThat(day.station.manifestHolding(late)).contains(m.id());
  }
}
