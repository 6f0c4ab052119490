package org.scanstation.simulator.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.scanstation.simulator.usps.UspsCheckDigit;
import tools.jackson.databind.node.JsonNodeFactory;

class SimulatedCarrierTest {
  private static final Instant CREATED = Instant.parse("2026-01-05T08:00:00Z");
  private static final CarrierSettings SCANNING =
      CarrierSettings.scanning(0.8, Duration.ofSeconds(2)).delivering(Duration.ofSeconds(10));

  private static Tracking tracking(String number) {
    return Tracking.created(
        "id-" + number, "usps", number, CREATED, JsonNodeFactory.instance.objectNode());
  }

  private static List<String> numbers(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> UspsCheckDigit.append(String.format("940011189922319%06d", i)))
        .toList();
  }

  @Test
  void theSameNumberAndSeedAlwaysDrawTheSameFateAndAnotherSeedDrawsOthers() {
    SimulatedCarrier a = new SimulatedCarrier(SCANNING, 7);
    SimulatedCarrier b = new SimulatedCarrier(SCANNING, 7);
    SimulatedCarrier c = new SimulatedCarrier(SCANNING, 8);
    List<String> ns = numbers(200);
    assertThat(ns).allMatch(n -> a.fate(n).equals(b.fate(n)));
    assertThat(ns.stream().filter(n -> !a.fate(n).equals(c.fate(n)))).isNotEmpty();
  }

  @Test
  void aboutTheScanRateOfTrackingsIsScanned() {
    SimulatedCarrier carrier = new SimulatedCarrier(SCANNING, 1);
    long scanned = numbers(2000).stream().filter(n -> carrier.fate(n).scanned()).count();
    assertThat(scanned).isBetween(1500L, 1700L);
  }

  @Test
  void theCarrierOffLeavesEveryTrackingPending() {
    SimulatedCarrier off = new SimulatedCarrier(CarrierSettings.OFF, 1);
    Tracking t = off.advance(tracking("9400111899223197428497"), CREATED.plus(Duration.ofDays(9)));
    assertThat(t.tag()).isEqualTo("Pending");
    assertThat(t.checkpoints()).isEmpty();
    assertThat(t.updatedAt()).isEqualTo(CREATED);
  }

  @Test
  void aScannedParcelIsAcceptedProcessedAndDeliveredOnScheduleWithASigner() {
    SimulatedCarrier carrier = new SimulatedCarrier(SCANNING, 1);
    String n =
        numbers(50).stream().filter(x -> carrier.fate(x).scanned()).findFirst().orElseThrow();
    Tracking t = tracking(n);

    Tracking before = carrier.advance(t, CREATED.plusMillis(1999));
    assertThat(before.tag()).isEqualTo("Pending");
    assertThat(before.checkpoints()).isEmpty();

    Tracking accepted = carrier.advance(t, CREATED.plusSeconds(2));
    Checkpoint first = accepted.checkpoints().get(0);
    assertThat(accepted.checkpoints()).hasSize(1);
    assertThat(first.rawTag()).isIn("03", "OA");
    assertThat(first.subtag()).isEqualTo("InTransit_002");
    assertThat(first.at()).isEqualTo(CREATED.plusSeconds(2));
    assertThat(accepted.tag()).isEqualTo("InTransit");
    assertThat(accepted.updatedAt()).isEqualTo(CREATED.plusSeconds(2));

    Tracking processed = carrier.advance(t, CREATED.plusSeconds(6));
    assertThat(processed.checkpoints()).extracting(Checkpoint::rawTag).endsWith("10");
    assertThat(processed.signedBy()).isNull();

    Tracking done = carrier.advance(t, CREATED.plusSeconds(10));
    Checkpoint last = done.checkpoints().get(2);
    if (carrier.fate(n).exception()) {
      assertThat(done.tag()).isEqualTo("Exception");
    } else {
      assertThat(last.rawTag()).isEqualTo("01");
      assertThat(done.tag()).isEqualTo("Delivered");
      assertThat(done.active()).isFalse();
      assertThat(done.signedBy()).isNotBlank();
    }
    assertThat(done.updatedAt()).isEqualTo(CREATED.plusSeconds(10));
  }

  @Test
  void aParcelNeverScannedStaysPendingForever() {
    SimulatedCarrier carrier = new SimulatedCarrier(SCANNING, 1);
    String n =
        numbers(50).stream().filter(x -> !carrier.fate(x).scanned()).findFirst().orElseThrow();
    Tracking t = carrier.advance(tracking(n), CREATED.plus(Duration.ofDays(30)));
    assertThat(t.tag()).isEqualTo("Pending");
    assertThat(t.checkpoints()).isEmpty();
  }

  @Test
  void aShareOfScannedParcelsEndsInAnExceptionInsteadOfTheDelivery() {
    SimulatedCarrier carrier = new SimulatedCarrier(SCANNING.withExceptions(0.5), 1);
    List<Tracking> ends =
        numbers(400).stream()
            .filter(n -> carrier.fate(n).scanned())
            .map(n -> carrier.advance(tracking(n), CREATED.plusSeconds(11)))
            .toList();
    long exceptions = ends.stream().filter(t -> t.tag().equals("Exception")).count();
    assertThat(exceptions).isBetween(ends.size() / 4L, ends.size() * 3L / 4);
    assertThat(ends.stream().filter(t -> t.tag().equals("Exception")))
        .allMatch(t -> t.signedBy() == null && t.active());
  }

  @Test
  void anUndeliveredTrackingExpiresAndARetrackStartsTheWaitAgain() {
    SimulatedCarrier carrier =
        new SimulatedCarrier(CarrierSettings.OFF.expiring(Duration.ofMinutes(1)), 1);
    Tracking t = tracking("9400111899223197428497");
    assertThat(carrier.advance(t, CREATED.plusSeconds(59)).tag()).isEqualTo("Pending");
    Tracking expired = carrier.advance(t, CREATED.plusSeconds(60));
    assertThat(expired.tag()).isEqualTo("Expired");
    assertThat(expired.active()).isFalse();
    assertThat(expired.updatedAt()).isEqualTo(CREATED.plusSeconds(60));

    Tracking again = t.retracked(CREATED.plusSeconds(90));
    assertThat(carrier.advance(again, CREATED.plusSeconds(149)).active()).isTrue();
    assertThat(carrier.advance(again, CREATED.plusSeconds(150)).tag()).isEqualTo("Expired");
  }

  @Test
  void aStatusSetByHandIsNotMovedByTheCarrier() {
    SimulatedCarrier carrier = new SimulatedCarrier(SCANNING, 1);
    Tracking lost =
        tracking("9400111899223197428497").completedByHand("Exception", "Exception_013", CREATED);
    assertThat(carrier.advance(lost, CREATED.plusSeconds(60))).isEqualTo(lost);
  }
}
