package org.scanstation.simulator.uspsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.scanstation.common.testing.MutableClock;
import org.scanstation.simulator.usps.UspsNumbers;

class UspsParcelsTest {
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private static final UspsApiSettings SETTINGS =
      UspsApiSettings.of(Set.of("123456"), "id", "secret")
          .withTimeline(0.8, Duration.ofSeconds(2), Duration.ofSeconds(10), 7)
          .withClock(MutableClock.at("2026-12-01T08:00:00Z"));

  private static List<String> numbers(int n) {
    Random r = new Random(3);
    return IntStream.range(0, n).mapToObj(i -> UspsNumbers.impb(r, "123456", 22)).toList();
  }

  @Test
  void aboutTheScanRateOfParcelsAreScannedOnTheirSchedule() {
    UspsParcels parcels = new UspsParcels(SETTINGS);
    List<UspsParcel> drawn = numbers(1000).stream().map(n -> parcels.know(n, T0)).toList();
    long scanned = drawn.stream().filter(UspsParcel::scanned).count();
    assertThat(scanned).isBetween(760L, 840L);
    UspsParcel one = drawn.stream().filter(UspsParcel::scanned).findFirst().orElseThrow();
    assertThat(one.acceptedAt()).isEqualTo(T0.plusSeconds(2));
    assertThat(one.processedAt()).isEqualTo(T0.plusSeconds(7));
    assertThat(one.deliveredAt()).isEqualTo(T0.plusSeconds(12));
    UspsParcel never = drawn.stream().filter(p -> !p.scanned()).findFirst().orElseThrow();
    assertThat(never.acceptedAt()).isNull();
    assertThat(never.acceptedBy(T0.plus(Duration.ofDays(30)))).isFalse();
  }

  @Test
  void theDrawDependsOnTheSeedAndNumberNotOnTheOrderOfQueries() {
    List<String> numbers = numbers(50);
    UspsParcels forward = new UspsParcels(SETTINGS);
    UspsParcels backward = new UspsParcels(SETTINGS);
    numbers.forEach(n -> forward.know(n, T0));
    List<String> reversed = new ArrayList<>(numbers);
    Collections.reverse(reversed);
    reversed.forEach(n -> backward.know(n, T0));
    assertThat(backward.all()).isEqualTo(forward.all());
    UspsParcels otherSeed =
        new UspsParcels(
            SETTINGS.withTimeline(0.8, Duration.ofSeconds(2), Duration.ofSeconds(10), 8));
    numbers.forEach(n -> otherSeed.know(n, T0));
    assertThat(otherSeed.all()).isNotEqualTo(forward.all());
  }

  @Test
  void aParcelIsKnownFromItsFirstQueryAndARegistrationMovesItsStart() {
    UspsParcels parcels = new UspsParcels(SETTINGS);
    String n = numbers(1).get(0);
    assertThat(parcels.get(n)).isNull();
    assertThat(parcels.know(n, T0).knownAt()).isEqualTo(T0);
    assertThat(parcels.know(n, T0.plusSeconds(99)).knownAt()).isEqualTo(T0);
    assertThat(parcels.register(n, T0.minusSeconds(60)).knownAt()).isEqualTo(T0.minusSeconds(60));
    assertThat(parcels.get(n).knownAt()).isEqualTo(T0.minusSeconds(60));
  }
}
