package org.scanstation.fleet.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.scanstation.fleet.WireHeaders;

class DeadLetterTest {
  private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

  private static ConsumerRecord<String, byte[]> outbox() {
    ConsumerRecord<String, byte[]> r =
        new ConsumerRecord<>(
            "scanstation.outbox", 3, 41, "9400", "{}".getBytes(StandardCharsets.UTF_8));
    r.headers().add("id", "e-1".getBytes(StandardCharsets.UTF_8));
    r.headers().add("kind", "CREATE".getBytes(StandardCharsets.UTF_8));
    r.headers().add("chain-hash", "ab12".getBytes(StandardCharsets.UTF_8));
    return r;
  }

  private static ConsumerRecord<String, byte[]> asRead(
      ProducerRecord<String, byte[]> p, int partition, long offset) {
    ConsumerRecord<String, byte[]> r =
        new ConsumerRecord<>(p.topic(), partition, offset, p.key(), p.value());
    p.headers().forEach(h -> r.headers().add(h));
    return r;
  }

  @Test
  void aDeadLetterKeepsKeyValueAndHeadersAndSaysWhyWhenAndWhere() {
    ProducerRecord<String, byte[]> d =
        DeadLetter.of(outbox(), "unknown kind", T, "scanstation.outbox.dead");
    assertThat(d.key()).isEqualTo("9400");
    assertThat(d.value()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    assertThat(WireHeaders.text(d.headers(), "chain-hash")).isEqualTo("ab12");
    assertThat(WireHeaders.text(d.headers(), WireHeaders.DEAD_REASON)).isEqualTo("unknown kind");
    assertThat(WireHeaders.text(d.headers(), WireHeaders.DEAD_AT))
        .isEqualTo("2026-12-01T10:00:00Z");
    assertThat(WireHeaders.text(d.headers(), WireHeaders.DEAD_SOURCE))
        .isEqualTo("scanstation.outbox-3@41");
  }

  @Test
  void aReplayCarriesTheOriginalHeadersWithoutTheDeadOnesAndSaysWhen() {
    ConsumerRecord<String, byte[]> dead =
        asRead(DeadLetter.of(outbox(), "x", T, "scanstation.outbox.dead"), 0, 7);
    ProducerRecord<String, byte[]> r =
        DeadLetter.replay(dead, T.plusSeconds(60), "scanstation.outbox");
    assertThat(r.topic()).isEqualTo("scanstation.outbox");
    assertThat(r.key()).isEqualTo("9400");
    assertThat(WireHeaders.text(r.headers(), "id")).isEqualTo("e-1");
    assertThat(WireHeaders.text(r.headers(), "kind")).isEqualTo("CREATE");
    assertThat(r.headers().lastHeader(WireHeaders.DEAD_REASON)).isNull();
    assertThat(r.headers().lastHeader(WireHeaders.DEAD_SOURCE)).isNull();
    assertThat(WireHeaders.text(r.headers(), WireHeaders.REPLAYED_AT))
        .isEqualTo("2026-12-01T10:01:00Z");
    // replayed twice: one replayed-at, the newest
    ProducerRecord<String, byte[]> again =
        DeadLetter.replay(
            asRead(DeadLetter.of(asRead(r, 1, 2), "y", T, "d"), 0, 8), T.plusSeconds(99), "o");
    assertThat(again.headers().headers(WireHeaders.REPLAYED_AT)).hasSize(1);
  }

  @Test
  void aDeadLetterIsNamedByItsEventIdOrElseByItsPlace() {
    assertThat(DeadLetter.idOf(outbox())).isEqualTo("e-1");
    ConsumerRecord<String, byte[]> noId = new ConsumerRecord<>("d", 0, 12, "k", new byte[0]);
    assertThat(DeadLetter.idOf(noId)).isEqualTo("dead:0@12");
  }
}
