package org.scanstation.station.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.station.StationException;
import org.scanstation.station.domain.acceptance.AcceptancePolicy;
import org.scanstation.station.domain.acceptance.AcceptanceResult;
import org.scanstation.station.domain.acceptance.Accepted;
import org.scanstation.station.domain.acceptance.Duplicate;
import org.scanstation.station.domain.acceptance.HashChain;
import org.scanstation.station.domain.acceptance.Rejected;
import org.scanstation.station.domain.acceptance.Scan;
import org.scanstation.station.domain.acceptance.UnknownShipment;
import org.scanstation.station.domain.policy.MailerIdAllowList;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.domain.tracking.RejectReason;
import org.scanstation.station.store.DerbyAcceptanceLedger;
import org.scanstation.station.store.StationStore;

/** The acceptance workflow on a real (in-memory) Derby store. */
class AcceptanceServiceIT {
  private static final String EXAMPLE = "9400111899223197428497";
  private static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123456Z");

  private final StationStore store = StationStore.inMemory("accept-" + UUID.randomUUID());
  private final List<AcceptanceResult> told = new ArrayList<>();

  @AfterEach
  void close() {
    store.close();
  }

  private AcceptanceService service(AcceptancePolicy policy, LabelMaker labels, String printer) {
    AcceptanceService s =
        new AcceptanceService(
            policy,
            new DerbyAcceptanceLedger(store),
            labels,
            Clock.fixed(NOW, ZoneOffset.UTC),
            "station-7",
            scanner -> printer,
            UUID::randomUUID);
    s.addListener((scan, operator, result) -> told.add(result));
    return s;
  }

  private AcceptanceService service() {
    return service(AcceptancePolicy.OPEN, new FixedLabels(), "dock-1");
  }

  private static Scan scan(String raw) {
    return new Scan(raw, "scanner-a", NOW);
  }

  private long count(String table) {
    return store.read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Test
  void acceptsAValidScanAndWritesEveryRowOnce() {
    AcceptanceResult r = service().accept(scan("]C142010001\u001D" + EXAMPLE), "ana");
    assertThat(r).isInstanceOf(Accepted.class);
    Accepted a = (Accepted) r;
    assertThat(a.event().trackingNumber()).isEqualTo(EXAMPLE);
    assertThat(a.event().routingZip()).isEqualTo("10001");
    assertThat(a.event().operatorId()).isEqualTo("ana");
    assertThat(a.event().stationId()).isEqualTo("station-7");
    assertThat(a.event().scannerId()).isEqualTo("scanner-a");
    assertThat(a.event().partnerEventCode()).isEqualTo("81");
    assertThat(a.event().acceptedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30.123Z"));
    assertThat(a.event().prevHash()).isEqualTo(HashChain.GENESIS);
    assertThat(a.event().hash()).isEqualTo(HashChain.hashOf(a.event(), HashChain.GENESIS));
    assertThat(List.of(count("acceptance"), count("label"), count("print_job"), count("outbox")))
        .containsOnly(1L);
    assertThat(told).containsExactly(r);
  }

  @Test
  void aSecondScanIsADuplicateNamingTheFirstAndWritesNothing() {
    AcceptanceService s = service();
    Accepted first = (Accepted) s.accept(scan(EXAMPLE), "ana");
    AcceptanceResult again = s.accept(new Scan("9400 1118 9922 3197 4284 97", "page", NOW), "bo");
    assertThat(again).isInstanceOf(Duplicate.class);
    Duplicate d = (Duplicate) again;
    assertThat(d.original().eventId()).isEqualTo(first.event().eventId());
    assertThat(d.original().operatorId()).isEqualTo("ana");
    assertThat(d.original().stationId()).isEqualTo("station-7");
    assertThat(List.of(count("acceptance"), count("label"), count("print_job"), count("outbox")))
        .containsOnly(1L);
  }

  @Test
  void rejectionsWriteNothing() {
    AcceptanceResult r = service().accept(scan("9400111899223197428490"), "ana");
    assertThat(r).isInstanceOf(Rejected.class);
    assertThat(((Rejected) r).reason()).isEqualTo(RejectReason.BAD_CHECK_DIGIT);
    assertThat(count("acceptance")).isZero();
    assertThat(told).containsExactly(r);
  }

  @Test
  void appliesTheMailerIdAndUnknownShipmentPolicies() {
    AcceptancePolicy onlyOtherMailer =
        new AcceptancePolicy(MailerIdAllowList.parse("912345671"), UnknownShipment.ACCEPT);
    Rejected mid =
        (Rejected) service(onlyOtherMailer, new FixedLabels(), "p").accept(scan(EXAMPLE), "ana");
    assertThat(mid.reason()).isEqualTo(RejectReason.MAILER_ID_NOT_ALLOWED);

    AcceptancePolicy known = new AcceptancePolicy(MailerIdAllowList.any(), UnknownShipment.REJECT);
    Rejected unknown =
        (Rejected) service(known, new FixedLabels(), "p").accept(scan(EXAMPLE), "ana");
    assertThat(unknown.reason()).isEqualTo(RejectReason.UNKNOWN_SHIPMENT);
    assertThat(unknown.message()).contains("9400 1118 9922 3197 4284 97");
    assertThat(count("acceptance")).isZero();
  }

  @Test
  void aFailureAtAnyStepLeavesNothingHalfWritten() {
    // The label maker fails before the transaction.
    LabelMaker broken =
        r -> {
          throw new IllegalStateException("renderer broke");
        };
    assertThatThrownBy(
            () -> service(AcceptancePolicy.OPEN, broken, "p").accept(scan(EXAMPLE), "ana"))
        .hasMessageContaining("renderer broke");
    // The label row fails after the acceptance row was inserted (language longer than its column).
    assertThatThrownBy(
            () ->
                service(AcceptancePolicy.OPEN, new FixedLabels("TOO-LONG-LANG"), "p")
                    .accept(scan(EXAMPLE), "ana"))
        .isInstanceOf(StationException.class);
    // The print job row fails after acceptance and label (printer id longer than its column).
    assertThatThrownBy(
            () ->
                service(AcceptancePolicy.OPEN, new FixedLabels(), "p".repeat(300))
                    .accept(scan(EXAMPLE), "ana"))
        .isInstanceOf(StationException.class);
    assertThat(List.of(count("acceptance"), count("label"), count("print_job"), count("outbox")))
        .containsOnly(0L);
    // The chain head did not move: the next acceptance is the first link.
    Accepted a = (Accepted) service().accept(scan(EXAMPLE), "ana");
    assertThat(a.event().prevHash()).isEqualTo(HashChain.GENESIS);
  }

  @Test
  void concurrentScansOfOneNumberFromTwoScannersAcceptItOnce() throws Exception {
    AcceptanceService s = service();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<AcceptanceResult>> results = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String scanner = i % 2 == 0 ? "scanner-a" : "scanner-b";
      results.add(
          pool.submit(
              () -> {
                start.await();
                return s.accept(new Scan(EXAMPLE, scanner, NOW), "ana");
              }));
    }
    start.countDown();
    int accepted = 0;
    int duplicates = 0;
    for (Future<AcceptanceResult> f : results) {
      AcceptanceResult r = f.get();
      accepted += r instanceof Accepted ? 1 : 0;
      duplicates += r instanceof Duplicate ? 1 : 0;
    }
    pool.shutdown();
    assertThat(accepted).isEqualTo(1);
    assertThat(duplicates).isEqualTo(39);
    assertThat(count("acceptance")).isEqualTo(1);
  }

  @Test
  void chainsConsecutiveAcceptances() {
    AcceptanceService s = service();
    Accepted a = (Accepted) s.accept(scan(EXAMPLE), "ana");
    Accepted b = (Accepted) s.accept(scan(Mod10.withCheckDigit("940011189922319742850")), "ana");
    assertThat(b.event().prevHash()).isEqualTo(a.event().hash());
    assertThat(b.event().hash()).isEqualTo(HashChain.hashOf(b.event(), a.event().hash()));
  }

  @Test
  void refusesAnInvalidOperator() {
    assertThatThrownBy(() -> service().accept(scan(EXAMPLE), "<script>"))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("operator id");
  }
}
