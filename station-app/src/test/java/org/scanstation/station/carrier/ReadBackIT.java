package org.scanstation.station.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scanstation.station.acceptance.Accepting;
import org.scanstation.station.api.ParcelTracking;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierTag;
import org.scanstation.station.domain.carrier.PollPlan;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.ratelimit.RateGate;
import org.scanstation.station.store.DerbyCarrierLedger;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.store.TrackingQueries;

/**
 * The read-back's passes on a real (in-memory) Derby store, with scripted readers standing in for
 * the sources (their HTTP clients are tested against the simulators): which source reads which
 * parcel, how often, and what a refusal does.
 */
class ReadBackIT {
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant LATER = T0.plus(Duration.ofHours(1));

  private final StationStore store = StationStore.inMemory("readback-" + UUID.randomUUID());
  private final DerbyCarrierLedger ledger = new DerbyCarrierLedger(store);
  private final List<String> accepted = new ArrayList<>();

  /** A reader answering from a script and counting its calls. */
  private static final class Scripted implements CarrierReader {
    final List<List<String>> asked = new ArrayList<>();
    final List<String> retracked = new ArrayList<>();
    final int batch;
    final Function<List<String>, ReadReply> answer;

    Scripted(int batch, Function<List<String>, ReadReply> answer) {
      this.batch = batch;
      this.answer = answer;
    }

    @Override
    public ReadReply read(List<String> numbers) {
      asked.add(List.copyOf(numbers));
      return answer.apply(numbers);
    }

    @Override
    public ReadReply retrack(String backendId) {
      retracked.add(backendId);
      return ReadReply.of(new ReadOutcome.Read(List.of()));
    }

    @Override
    public int batchSize() {
      return batch;
    }

    @Override
    public String describe() {
      return "scripted";
    }
  }

  @BeforeEach
  void accept() {
    List<String> scans = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      scans.add(Mod10.withCheckDigit("94001118992231974285" + i));
    }
    accepted.addAll(Accepting.accept(store, T0, scans));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private ReadBack readBack(Instant at, CarrierReader aftership, CarrierReader usps) {
    Clock clock = Clock.fixed(at, ZoneOffset.UTC);
    return new ReadBack(
        new ReadBack.Parts(
            ledger,
            aftership == null
                ? null
                : new ReadSource(aftership, new RateGate(1000, Clock.systemUTC())),
            usps == null ? null : new ReadSource(usps, new RateGate(1000, Clock.systemUTC())),
            n -> n.equals(accepted.get(0)),
            PollPlan.DEFAULT,
            clock),
        Duration.ofSeconds(1));
  }

  private static ReadReply scanned(List<String> numbers, CarrierSource source) {
    List<CarrierReading> readings = new ArrayList<>();
    for (String n : numbers) {
      CarrierEvent e =
          new CarrierEvent(
              n,
              source,
              T0.plusSeconds(900),
              "03",
              CarrierTag.IN_TRANSIT,
              null,
              "CHICAGO IL",
              "60601",
              "Accepted at USPS Origin Facility",
              null);
      readings.add(
          new CarrierReading(n, source, "bk-" + n, CarrierTag.IN_TRANSIT, null, true, List.of(e)));
    }
    return ReadReply.of(new ReadOutcome.Read(readings));
  }

  @Test
  void ownMidParcelsAreReadFromUspsAndTheRestFromAfterShipInBatches() throws Exception {
    Scripted usps = new Scripted(1, n -> scanned(n, CarrierSource.USPS));
    Scripted aftership = new Scripted(3, n -> scanned(n, CarrierSource.AFTERSHIP));

    PassResult r = readBack(LATER, aftership, usps).pullOnce();

    assertThat(usps.asked).containsExactly(List.of(accepted.get(0)));
    assertThat(aftership.asked).hasSize(2);
    assertThat(aftership.asked.stream().flatMap(List::stream))
        .containsExactlyInAnyOrderElementsOf(accepted.subList(1, 5));
    assertThat(r.checked()).isEqualTo(5);
    assertThat(r.newEvents()).isEqualTo(5);
    ParcelTracking own = new TrackingQueries(store).track(accepted.get(0)).orElseThrow();
    assertThat(own.timeline())
        .anyMatch(e -> e.source().equals("USPS") && "MAILING".equals(e.proof()));

    PassResult again = readBack(LATER.plusSeconds(60), aftership, usps).pullOnce();
    assertThat(again.calls()).isZero(); // nothing is due until the next check
  }

  @Test
  void aMidUspsRefusesEndsNotAuthorizedAfterOneCall() throws Exception {
    Scripted usps =
        new Scripted(
            1, n -> ReadReply.of(new ReadOutcome.NotAuthorized("MID 899223 is not authorized")));
    Scripted aftership = new Scripted(50, n -> ReadReply.of(new ReadOutcome.Read(List.of())));

    readBack(LATER, aftership, usps).pullOnce();
    readBack(LATER.plus(Duration.ofDays(2)), aftership, usps).pullOnce();

    assertThat(usps.asked).hasSize(1);
    ParcelTracking t = new TrackingQueries(store).track(accepted.get(0)).orElseThrow();
    assertThat(t.state()).isEqualTo("NOT_AUTHORIZED");
    assertThat(t.stateReason()).contains("not authorized");
  }

  @Test
  void aRefusedKeyPausesTheSourceForThePassAndPostponesItsParcels() throws Exception {
    Scripted aftership = new Scripted(2, n -> ReadReply.of(new ReadOutcome.Refused("HTTP 401")));

    PassResult r = readBack(LATER, aftership, null).pullOnce();

    assertThat(aftership.asked).hasSize(1); // the rest of the pass asks nothing more
    assertThat(r.postponed()).isEqualTo(5);
    assertThat(ledger.due(LATER.plusSeconds(1), 10)).isEmpty();
    assertThat(ledger.due(LATER.plus(ReadBack.RETRY_AFTER), 10)).hasSize(5);
  }

  @Test
  void anExpiredTrackingIsRetrackedAtMostThreeTimes() throws Exception {
    Scripted aftership =
        new Scripted(
            50,
            numbers ->
                ReadReply.of(
                    new ReadOutcome.Read(
                        numbers.stream()
                            .map(
                                n ->
                                    new CarrierReading(
                                        n,
                                        CarrierSource.AFTERSHIP,
                                        "bk-" + n,
                                        CarrierTag.EXPIRED,
                                        "Expired_001",
                                        false,
                                        List.of()))
                            .toList())));
    Instant at = LATER;
    for (int i = 0; i < 5; i++) {
      readBack(at, aftership, null).pullOnce();
      at = at.plus(Duration.ofDays(1));
    }
    assertThat(aftership.asked).hasSize(4); // the fourth answer after three retracks ends it
    assertThat(aftership.retracked)
        .hasSize(15)
        .containsOnly(accepted.stream().map(n -> "bk-" + n).toArray(String[]::new));
    assertThat(new TrackingQueries(store).track(accepted.get(1)).orElseThrow().state())
        .isEqualTo("EXPIRED");
  }
}
