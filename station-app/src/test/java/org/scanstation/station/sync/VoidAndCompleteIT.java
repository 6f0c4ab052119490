package org.scanstation.station.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.common.Backoff;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.ReceivedRequest;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.simulator.backend.Tracking;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.api.AccessRefused;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.api.CompleteOutcome;
import org.scanstation.station.api.CompleteRequest;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.api.VoidOutcome;
import org.scanstation.station.api.VoidRequest;
import org.scanstation.station.app.LocalStation;
import org.scanstation.station.config.ApiKey;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.ratelimit.RateGate;
import org.scanstation.station.store.Outbox;
import org.scanstation.station.store.StationStore;

/**
 * Void and mark-as-completed against a real Derby store and the simulator's AfterShip-style backend
 * over real HTTP, the outbox and the sync job in between.
 */
class VoidAndCompleteIT {
  private static final String KEY = "test-key-123";
  private static final String PIN = "4321";
  private static final Backoff FAST = new Backoff(Duration.ofMillis(20), Duration.ofMillis(300));

  private final StationStore store = StationStore.inMemory("void-" + UUID.randomUUID());
  private final LocalStation station =
      new LocalStation(
          store,
          StationConfig.load(null, Map.of("STATION_SUPERVISOR_PIN", PIN)),
          new FixedLabels(),
          Clock.systemUTC());
  private final Outbox outbox = station.outbox();
  private final List<AutoCloseable> open = new ArrayList<>();
  private SimulatedBackend backend;

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    station.close();
  }

  private SimulatedBackend backend() {
    backend =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY).withRateLimit(1000));
    open.add(backend);
    return backend;
  }

  private SyncJob job() {
    AfterShipBackend client =
        new AfterShipBackend(
            backend.baseUri(),
            ApiKey.load(null, Map.of(ApiKey.ENV, KEY)),
            Duration.ofSeconds(5),
            Clock.systemUTC());
    SyncJob.Settings s =
        new SyncJob.Settings(
            2,
            20,
            Duration.ofSeconds(30),
            Duration.ofMillis(50),
            Duration.ofMinutes(5),
            Duration.ofDays(1));
    SyncJob job =
        new SyncJob(
            outbox,
            new BackendSink(client),
            new RateGate(1000, Clock.systemUTC()),
            FAST,
            Clock.systemUTC(),
            s);
    open.add(0, job);
    return job;
  }

  private static String number(int i) {
    return Mod10.withCheckDigit(String.format("9400111899%011d", i));
  }

  private String accept(int i) {
    String n = number(i);
    assertThat(station.accept(n, "ana", "s1").result()).isEqualTo("ACCEPTED");
    return n;
  }

  private VoidOutcome voidIt(String n) {
    return station.voidAcceptance(new VoidRequest(n, "customer cancelled the order", "sup", PIN));
  }

  private List<String> calls() {
    return backend.received().stream().map(r -> r.method() + " " + r.path()).toList();
  }

  private List<String> trackedNumbers() {
    return backend.trackings().stream().map(Tracking::trackingNumber).toList();
  }

  private String carrierState(String n) {
    return store.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT state || ' ' || COALESCE(state_reason, '') FROM carrier_status"
                      + " WHERE tracking_number = ?")) {
            ps.setString(1, n);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getString(1) : null;
            }
          }
        });
  }

  private void sql(String statement) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(statement)) {
            return ps.executeUpdate();
          }
        });
  }

  @Test
  void aVoidAfterTheCreateWasDeliveredDeletesTheTrackingAndTheChainStillVerifies()
      throws Exception {
    backend();
    String kept = accept(1);
    String pulled = accept(2);
    job().drainDue();
    assertThat(trackedNumbers()).containsExactlyInAnyOrder(kept, pulled);

    VoidOutcome v = voidIt(pulled);
    assertThat(v.backend()).isEqualTo("DELETE_QUEUED");
    assertThat(v.seq()).isEqualTo(3);
    job().drainDue();

    assertThat(trackedNumbers()).containsExactly(kept);
    assertThat(calls()).last().asString().startsWith("DELETE /tracking/2024-04/trackings/");
    ChainReport chain = station.verify();
    assertThat(chain.intact()).isTrue();
    assertThat(chain.checked()).isEqualTo(3);
    assertThat(chain.voids()).isEqualTo(1);
    ParcelView shown = station.show(pulled).orElseThrow();
    assertThat(shown.acceptance()).as("the acceptance stays, untouched").isNotNull();
    assertThat(shown.voided().by()).isEqualTo("sup");
    assertThat(shown.voided().reason()).isEqualTo("customer cancelled the order");
    assertThat(shown.voided().backend()).isEqualTo("DELIVERED");
    assertThat(shown.audit())
        .anySatisfy(
            a -> {
              assertThat(a.type()).isEqualTo("VOID");
              assertThat(a.actor()).isEqualTo("sup");
              assertThat(a.detail()).contains("customer cancelled the order");
            });
    assertThat(carrierState(pulled)).isEqualTo("VOIDED customer cancelled the order");
  }

  @Test
  void aVoidBeforeTheCreateWasSentCallsTheBackendNotAtAll() throws Exception {
    backend();
    String n = accept(1);
    VoidOutcome v = voidIt(n);
    assertThat(v.backend()).isEqualTo("NOTHING_SENT");
    job().drainDue();
    assertThat(backend.received()).isEmpty();
    assertThat(outbox.list(null, 10))
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(Outbox.Status.CANCELLED));
    assertThat(station.show(n).orElseThrow().voided().backend()).isEqualTo("NOTHING_SENT");
    assertThat(outbox.stats().pending()).isZero();
  }

  @Test
  void aVoidWhileTheCreateIsInFlightDeletesTheTrackingAfterTheCreate() throws Exception {
    backend().setLatency(Duration.ofMillis(800));
    String n = accept(1);
    job().start();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> leased(n)); // the create is claimed: its call may be at the backend
    assertThat(voidIt(n).backend()).isEqualTo("DELETE_QUEUED");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> calls().size() == 2 && trackedNumbers().isEmpty());
    assertThat(calls().get(0)).isEqualTo("POST /tracking/2024-04/trackings");
    assertThat(calls().get(1)).startsWith("DELETE /tracking/2024-04/trackings/");
    await().until(() -> "DELIVERED".equals(station.show(n).orElseThrow().voided().backend()));
  }

  private boolean leased(String n) {
    return store.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT 1 FROM outbox WHERE tracking_number = ? AND lease_owner IS NOT NULL")) {
            ps.setString(1, n);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  @Test
  void aDeleteWhoseBackendIdIsUnknownLooksTheTrackingUpByNumber() throws Exception {
    backend();
    String n = accept(1);
    job().drainDue();
    sql("UPDATE outbox SET backend_id = NULL");
    sql("UPDATE carrier_status SET backend_id = NULL");
    voidIt(n);
    job().drainDue();
    List<ReceivedRequest> r = backend.received();
    assertThat(r.get(1).method()).isEqualTo("GET");
    assertThat(r.get(1).query()).isEqualTo("tracking_numbers=" + n);
    assertThat(r.get(2).method()).isEqualTo("DELETE");
    assertThat(trackedNumbers()).isEmpty();
  }

  @Test
  void aTrackingAlreadyGoneAtTheBackendCountsAsDeleted() throws Exception {
    backend();
    String n = accept(1);
    job().drainDue();
    String id = backend.trackings().get(0).id();
    sql("UPDATE carrier_status SET backend_id = 'no-such-id-" + id.substring(0, 4) + "'");
    voidIt(n);
    job().drainDue();
    assertThat(backend.received().get(1).status()).isEqualTo(404);
    assertThat(station.show(n).orElseThrow().voided().backend()).isEqualTo("DELIVERED");
  }

  @Test
  void oneDrainSendsACompleteWhoseCreateWasStillInFlightWhenTheLastClaimRan() throws Exception {
    backend().setLatency(Duration.ofMillis(300));
    String n = accept(1);
    complete(n, "DELIVERED");

    job().drainDue(); // the COMPLETE is due only once the slow CREATE has answered

    assertThat(tracking(n).tag()).isEqualTo("Delivered");
  }

  @Test
  void markAsCompletedShowsDeliveredOrExceptionAtTheBackendPerReason() throws Exception {
    backend();
    String delivered = accept(1);
    String lost = accept(2);
    String returned = accept(3);
    complete(delivered, "DELIVERED");
    complete(lost, "lost");
    CompleteOutcome r = complete(returned, "RETURNED_TO_SENDER");
    assertThat(r.stateReason()).isEqualTo("RETURNED_TO_SENDER: customer confirmed it");
    job().drainDue(); // each COMPLETE goes after its parcel's CREATE

    assertThat(tracking(delivered).tag()).isEqualTo("Delivered");
    assertThat(tracking(lost).tag()).isEqualTo("Exception");
    assertThat(tracking(lost).subtag()).isEqualTo("Exception_013");
    assertThat(tracking(returned).subtag()).isEqualTo("Exception_011");
    assertThat(backend.trackings()).allSatisfy(t -> assertThat(t.active()).isFalse());
    assertThat(carrierState(lost)).isEqualTo("COMPLETED LOST: customer confirmed it");
    ParcelView shown = station.show(lost).orElseThrow();
    assertThat(shown.completed().as()).isEqualTo("LOST");
    assertThat(shown.completed().backend()).isEqualTo("DELIVERED");
    assertThat(shown.audit())
        .anySatisfy(
            a -> {
              assertThat(a.type()).isEqualTo("COMPLETE");
              assertThat(a.actor()).isEqualTo("sup");
              assertThat(a.detail()).contains("LOST: customer confirmed it");
            });
    assertThat(station.verify()).isEqualTo(ChainReport.intactAfter(3));
  }

  @Test
  void aCompletionForATrackingTheBackendLostIsQuarantinedWithoutPausingTheSync() throws Exception {
    backend();
    String gone = accept(1);
    job().drainDue();
    sql("UPDATE carrier_status SET backend_id = 'no-such-tracking'");
    complete(gone, "LOST");
    String next = accept(2);
    SyncJob job = job();
    job.drainDue();
    assertThat(outbox.list(Outbox.Status.QUARANTINED, 10))
        .singleElement()
        .satisfies(e -> assertThat(e.lastError()).contains("no tracking no-such-tracking"));
    assertThat(job.status().paused()).isFalse();
    assertThat(trackedNumbers()).contains(next);
  }

  private CompleteOutcome complete(String n, String as) {
    return station.complete(new CompleteRequest(n, as, "customer confirmed it", "sup", PIN));
  }

  private Tracking tracking(String n) {
    return backend.trackings().stream()
        .filter(t -> t.trackingNumber().equals(n))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aWrongOrMissingPinIsRefusedAndChangesNothing() {
    String n = accept(1);
    for (String pin : new String[] {"0000", "", null}) {
      assertThatThrownBy(
              () -> station.voidAcceptance(new VoidRequest(n, "customer cancelled", "sup", pin)))
          .isInstanceOf(AccessRefused.class);
      assertThatThrownBy(
              () -> station.complete(new CompleteRequest(n, "LOST", "gone missing", "sup", pin)))
          .isInstanceOf(AccessRefused.class);
    }
    assertThat(station.verify()).isEqualTo(ChainReport.intactAfter(1));
    ParcelView shown = station.show(n).orElseThrow();
    assertThat(shown.voided()).isNull();
    assertThat(shown.completed()).isNull();
    assertThat(shown.printJobs())
        .singleElement()
        .satisfies(j -> assertThat(j.status()).isEqualTo("QUEUED"));
    assertThat(outbox.list(null, 10))
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(Outbox.Status.PENDING));
    assertThat(station.audit(50))
        .noneMatch(a -> a.type().equals("VOID") || a.type().equals("COMPLETE"));
  }

  @Test
  void aVoidCancelsTheUnprintedJobsAndAVoidedNumberIsRefusedWhenScannedAgain() {
    String n = accept(1);
    VoidOutcome v = voidIt(n);
    String job = station.show(n).orElseThrow().printJobs().get(0).jobId();
    assertThat(v.cancelledPrintJobs()).containsExactly(job);
    assertThat(station.show(n).orElseThrow().printJobs().get(0).status()).isEqualTo("CANCELLED");

    var again = station.accept(n, "ana", "s1");
    assertThat(again.result()).isEqualTo("REJECTED");
    assertThat(again.reason()).isEqualTo("VOIDED");
    assertThat(again.message()).contains("voided by sup");
    assertThatThrownBy(() -> voidIt(n)).hasMessageContaining("voided already, by sup");
    assertThatThrownBy(() -> complete(n, "LOST")).hasMessageContaining("was voided");
    assertThat(station.verify().checked()).isEqualTo(2);
  }

  @Test
  void aReasonIsRequiredAndBounded() {
    String n = accept(1);
    for (String reason : new String[] {null, "", "ab", "x".repeat(501), "two\nlines"}) {
      assertThatThrownBy(() -> station.voidAcceptance(new VoidRequest(n, reason, "sup", PIN)))
          .hasMessageContaining("needs a reason of 3-500 characters");
    }
    assertThatThrownBy(() -> complete(n, "STOLEN"))
        .hasMessageContaining("DELIVERED, LOST or RETURNED_TO_SENDER");
    assertThat(station.verify()).isEqualTo(ChainReport.intactAfter(1));
  }
}
