package org.scanstation.station.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.domain.acceptance.AcceptancePolicy;
import org.scanstation.station.domain.acceptance.AcceptanceResult;
import org.scanstation.station.domain.acceptance.Accepted;
import org.scanstation.station.domain.acceptance.Duplicate;
import org.scanstation.station.domain.acceptance.Scan;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.store.ChainVerifier;
import org.scanstation.station.store.DerbyAcceptanceLedger;
import org.scanstation.station.store.StationStore;

/**
 * Sixteen scanners at once on a real Derby store on disk: their acceptances commit in groups (fewer
 * transactions than acceptances), every one is recorded once with its label, print job and outbox
 * entry, the chain verifies, and one number scanned at every desk at once is accepted once.
 */
class GroupCommitIT {
  private static final int DESKS = 16;
  private static final int EACH = 40;

  @TempDir Path dir;
  private StationStore store;
  private DerbyAcceptanceLedger ledger;
  private AcceptanceService service;
  private final ExecutorService desks = Executors.newFixedThreadPool(DESKS);

  private void open() {
    store = StationStore.open(dir);
    ledger = new DerbyAcceptanceLedger(store);
    service =
        new AcceptanceService(
            AcceptancePolicy.OPEN,
            ledger,
            new FixedLabels(),
            Clock.systemUTC(),
            "station-1",
            scanner -> "printer-1",
            UUID::randomUUID);
  }

  @AfterEach
  void close() {
    desks.shutdownNow();
    if (store != null) {
      store.close();
    }
  }

  private List<AcceptanceResult> atEveryDesk(IntFunction<List<String>> scans) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<List<AcceptanceResult>>> running = new ArrayList<>();
    for (int d = 0; d < DESKS; d++) {
      List<String> mine = scans.apply(d);
      String desk = "desk-" + d;
      Callable<List<AcceptanceResult>> work =
          () -> {
            go.await();
            List<AcceptanceResult> out = new ArrayList<>();
            for (String s : mine) {
              out.add(service.accept(new Scan(s, desk, Instant.now()), "ana"));
            }
            return out;
          };
      running.add(desks.submit(work));
    }
    go.countDown();
    List<AcceptanceResult> all = new ArrayList<>();
    for (Future<List<AcceptanceResult>> f : running) {
      all.addAll(f.get());
    }
    return all;
  }

  private long count(String table) {
    return store.read(
        c -> {
          try (var ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
              var rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Test
  void concurrentScannersCommitInGroupsAndLoseNothing() throws Exception {
    open();
    List<AcceptanceResult> results =
        atEveryDesk(
            d -> {
              List<String> mine = new ArrayList<>();
              for (int i = 0; i < EACH; i++) {
                mine.add(Mod10.withCheckDigit(String.format("9400111899%02d%09d", d, i)));
              }
              return mine;
            });

    assertThat(results).hasSize(DESKS * EACH).allMatch(r -> r instanceof Accepted);
    long accepted = DESKS * EACH;
    assertThat(count("acceptance")).isEqualTo(accepted);
    assertThat(count("label")).isEqualTo(accepted);
    assertThat(count("outbox")).isEqualTo(accepted);
    assertThat(count("print_job")).isEqualTo(accepted);
    assertThat(ledger.transactions()).isLessThan(accepted);
    ChainReport chain = new ChainVerifier(store).verify();
    assertThat(chain.intact()).as("%s", chain).isTrue();
    assertThat(chain.checked()).isEqualTo(accepted);
  }

  @Test
  void oneNumberScannedAtEveryDeskAtOnceIsAcceptedOnce() throws Exception {
    open();
    String number = Mod10.withCheckDigit("940011189922329900001");
    List<AcceptanceResult> results = atEveryDesk(d -> List.of(number, number));

    assertThat(results.stream().filter(r -> r instanceof Accepted)).hasSize(1);
    assertThat(results.stream().filter(r -> r instanceof Duplicate)).hasSize(2 * DESKS - 1);
    assertThat(count("acceptance")).isEqualTo(1);
    assertThat(count("outbox")).isEqualTo(1);
    ChainReport chain = new ChainVerifier(store).verify();
    assertThat(chain.intact()).as("%s", chain).isTrue();
    assertThat(chain.checked()).isEqualTo(1);
  }
}
