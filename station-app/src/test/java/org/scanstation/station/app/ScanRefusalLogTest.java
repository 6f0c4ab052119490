package org.scanstation.station.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;
import org.scanstation.station.StationException;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.Duplicate;
import org.scanstation.station.domain.acceptance.Rejected;
import org.scanstation.station.domain.acceptance.Scan;
import org.scanstation.station.domain.tracking.RejectReason;
import org.scanstation.station.store.ScanRefusals.Refusal;

/** The refusal log's queue: what it writes, and what it keeps while the store cannot write. */
class ScanRefusalLogTest {
  private static final Instant T0 = Instant.parse("2026-12-01T14:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final List<Refusal> written = new ArrayList<>();
  private boolean storeDown;
  private final ScanRefusalLog log =
      new ScanRefusalLog(
          batch -> {
            if (storeDown) {
              throw new StationException("store: disk full");
            }
            written.addAll(batch);
          },
          clock);

  private static Scan scan(String raw) {
    return new Scan(raw, "desk-1", T0);
  }

  private static AcceptanceEvent original() {
    String zeros = "0".repeat(64);
    return new AcceptanceEvent(
        UUID.randomUUID(),
        "9400",
        null,
        "station-1",
        "ana",
        "desk-1",
        "9400",
        null,
        T0,
        "81",
        zeros,
        zeros);
  }

  private static Rejected rejected(RejectReason reason) {
    return new Rejected("x", reason, "no");
  }

  @Test
  void writesDuplicatesAndRejectionsButNeverAcceptances() {
    log.onResult(scan("a"), "ana", new Duplicate("9400", original()));
    log.onResult(scan("b"), "ana", rejected(RejectReason.BAD_CHECK_DIGIT));
    log.flush();

    assertThat(written)
        .containsExactly(
            new Refusal(T0, "desk-1", "ana", "DUPLICATE", null),
            new Refusal(T0, "desk-1", "ana", "REJECTED", "BAD_CHECK_DIGIT"));
  }

  @Test
  void keepsRefusalsWhileTheStoreCannotWriteAndWritesThemInOrderOnceItCan() {
    storeDown = true;
    log.onResult(scan("a"), "", rejected(RejectReason.STORE_UNAVAILABLE));
    log.flush();
    log.onResult(scan("b"), "ana", rejected(RejectReason.WRONG_LENGTH));
    log.flush();
    assertThat(written).isEmpty();

    storeDown = false;
    log.flush();

    assertThat(written)
        .extracting(Refusal::reason)
        .containsExactly("STORE_UNAVAILABLE", "WRONG_LENGTH");
    log.flush();
    assertThat(written).hasSize(2);
  }

  @Test
  void dropsTheOldestBeyondItsBoundWhileTheStoreIsDown() {
    storeDown = true;
    for (int i = 0; i < ScanRefusalLog.MAX_WAITING + 5; i++) {
      log.onResult(scan("x"), "op-" + i, rejected(RejectReason.EMPTY));
      if (i % 1000 == 0) {
        log.flush();
      }
    }
    storeDown = false;
    log.flush();

    assertThat(written).hasSize(ScanRefusalLog.MAX_WAITING);
    assertThat(written.get(0).operatorId()).isEqualTo("op-5");
    assertThat(written.get(written.size() - 1).operatorId())
        .isEqualTo("op-" + (ScanRefusalLog.MAX_WAITING + 4));
  }
}
