package org.scanstation.fleet.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class RateShareTest {
  private static Set<TopicPartition> parts(int... ps) {
    return IntStream.of(ps).mapToObj(p -> new TopicPartition("o", p)).collect(Collectors.toSet());
  }

  @Test
  void aShareIsTheLimitTimesThePartitionsOwnedOverAll() {
    assertThat(RateShare.of(10, 3, 6)).isEqualTo(5);
    assertThat(RateShare.of(10, 6, 6)).isEqualTo(10);
    assertThat(RateShare.of(10, 0, 6)).isZero();
    assertThatThrownBy(() -> RateShare.of(10, 7, 6)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void callsAreSpacedALittleWiderThanTheRateSoJitterCannotPutAnExtraOneInASecond() {
    assertThat(RateShare.spacingNanos(5)).isEqualTo(200_000_000L + RateShare.GUARD_NANOS);
    // five calls at this spacing span more than a second: never six in one wall-clock second
    assertThat(5 * RateShare.spacingNanos(5)).isGreaterThan(1_000_000_000L);
  }

  @Test
  void duringAnEagerRebalanceTheSharesNeverAddUpToMoreThanTheLimit() {
    ShareGate a = new ShareGate(10, 6, Clock.systemUTC());
    ShareGate b = new ShareGate(10, 6, Clock.systemUTC());
    a.assigned(parts(0, 1, 2, 3, 4, 5));
    assertThat(a.perSecond() + b.perSecond()).isEqualTo(10);

    // b joins: every member revokes all it owns before the group assigns any partition again
    a.revoked(parts(0, 1, 2, 3, 4, 5));
    assertThat(a.perSecond() + b.perSecond()).isZero();
    a.assigned(parts(0, 1, 2));
    assertThat(a.perSecond() + b.perSecond()).isEqualTo(5);
    b.assigned(parts(3, 4, 5));
    assertThat(a.perSecond() + b.perSecond()).isEqualTo(10);

    // a dies: its partitions, and so its share, move to b
    b.revoked(new HashSet<>(parts(3, 4, 5)));
    b.assigned(parts(0, 1, 2, 3, 4, 5));
    assertThat(b.perSecond()).isEqualTo(10);
    assertThat(b.owned()).containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  void aDispatcherWithoutPartitionsMayNotCallTheBackend() {
    ShareGate g = new ShareGate(10, 6, Clock.systemUTC());
    assertThatThrownBy(() -> g.acquire(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aGateSpacesItsCallsAtItsShare() throws InterruptedException {
    ShareGate g = new ShareGate(60, 6, Clock.systemUTC());
    g.assigned(parts(0, 1, 2, 3, 4, 5)); // 60/s: 16.7 ms apart, plus the guard
    long start = System.nanoTime();
    g.acquire(4);
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(3 * RateShare.spacingNanos(60));
  }
}
