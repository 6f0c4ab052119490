package org.scanstation.station.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.api.ManifestCloseOutcome;
import org.scanstation.station.api.ManifestCloseRequest;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * Scans and closes at the same time, on real threads against real Derby: each close holds exactly
 * the acceptances ordered before it in the chain and not on an earlier manifest, so a parcel
 * accepted after a close (a later chain position) is always on a later manifest, and none is lost
 * or on two. A close that read the waiting parcels before it took the chain head would leave out a
 * parcel committed in between, and fail here.
 */
class ManifestConcurrencyIT {
  private static final String PIN = "4321";
  private static final int SCANNERS = 3;
  private static final int EACH = 40;

  private final StationStore store = StationStore.inMemory("manifest-race-" + UUID.randomUUID());
  private final LocalStation station =
      new LocalStation(
          store,
          StationConfig.load(null, Map.of("STATION_SUPERVISOR_PIN", PIN)),
          new FixedLabels(),
          Clock.systemUTC());

  @AfterEach
  void shut() {
    station.close();
  }

  @Test
  void parcelsAcceptedDuringClosesGoOnTheNextManifestAndNoneIsLostOrOnTwo() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger(SCANNERS);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> scanners = new ArrayList<>();
    for (int s = 0; s < SCANNERS; s++) {
      int scanner = s;
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                  for (int i = 0; i < EACH; i++) {
                    String n =
                        Mod10.withCheckDigit(String.format("9400111899%011d", scanner * 1000 + i));
                    assertThat(station.accept(n, "ana", "s" + scanner).result())
                        .isEqualTo("ACCEPTED");
                  }
                } catch (Throwable e) {
                  failures.add(e);
                } finally {
                  running.decrementAndGet();
                }
              },
              "scanner-" + s);
      scanners.add(t);
      t.start();
    }
    start.countDown();
    int closes = 0;
    while (running.get() > 0) {
      closes += closeOnce() ? 1 : 0;
    }
    for (Thread t : scanners) {
      t.join();
    }
    closes += closeOnce() ? 1 : 0;

    assertThat(failures).isEmpty();
    assertThat(closes).as("closes that found pieces").isGreaterThan(1);
    assertEveryManifestHoldsExactlyTheLinksBeforeIt();
    ChainReport report = station.verify();
    assertThat(report.intact()).as(report.problem()).isTrue();
    assertThat(report.manifests()).isEqualTo(closes);
    assertThat(report.checked()).isEqualTo(SCANNERS * EACH + closes);
  }

  private boolean closeOnce() {
    ManifestCloseOutcome out =
        station.closeManifest(new ManifestCloseRequest(null, null, null, null, "sup", PIN));
    return out.closed();
  }

  /** Manifest k holds the acceptances whose positions lie between manifest k-1's and its own. */
  private void assertEveryManifestHoldsExactlyTheLinksBeforeIt() throws SQLException {
    List<long[]> acceptances =
        rows(
            "SELECT a.seq, COALESCE(p.manifest_seq, -1) FROM acceptance a"
                + " LEFT JOIN manifest_piece p ON p.event_id = a.event_id ORDER BY a.seq");
    List<long[]> manifests = rows("SELECT seq, pieces FROM manifest ORDER BY seq");
    assertThat(acceptances).hasSize(SCANNERS * EACH);
    long pieces = 0;
    for (long[] m : manifests) {
      pieces += m[1];
    }
    assertThat(pieces).isEqualTo(SCANNERS * EACH);
    for (long[] a : acceptances) {
      long owner = a[1];
      assertThat(owner).as("acceptance #%d is on a manifest", a[0]).isPositive();
      long expected =
          manifests.stream().mapToLong(m -> m[0]).filter(m -> m > a[0]).min().orElse(-1);
      assertThat(owner)
          .as("acceptance #%d is on the first manifest after it", a[0])
          .isEqualTo(expected);
    }
  }

  private List<long[]> rows(String sql) throws SQLException {
    List<long[]> out = new ArrayList<>();
    try (Connection c = store.connection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new long[] {rs.getLong(1), rs.getLong(2)});
      }
    }
    return out;
  }
}
