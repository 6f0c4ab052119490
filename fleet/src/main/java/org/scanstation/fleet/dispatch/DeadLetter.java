package org.scanstation.fleet.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.scanstation.fleet.WireHeaders;

/**
 * Dead letters on the wire: the original key, value and headers plus {@code dead-reason}, {@code
 * dead-at} and {@code dead-source}; and the way back, a replay to the outbox topic with the
 * original key and headers. Stateless.
 */
public final class DeadLetter {
  private DeadLetter() {}

  /** The dead letter of {@code r}, for {@code deadTopic}. */
  public static ProducerRecord<String, byte[]> of(
      ConsumerRecord<String, byte[]> r, String reason, Instant at, String deadTopic) {
    ProducerRecord<String, byte[]> d = new ProducerRecord<>(deadTopic, r.key(), r.value());
    for (Header h : r.headers()) {
      if (!WireHeaders.isDeadLetters(h.key())) {
        d.headers().add(h.key(), h.value());
      }
    }
    d.headers().add(WireHeaders.DEAD_REASON, utf8(reason));
    d.headers().add(WireHeaders.DEAD_AT, utf8(at.toString()));
    d.headers()
        .add(WireHeaders.DEAD_SOURCE, utf8(r.topic() + "-" + r.partition() + "@" + r.offset()));
    return d;
  }

  /**
   * The record that puts dead letter {@code d} back on {@code outboxTopic}: its original key, value
   * and headers, and {@code replayed-at} so that the answer that made it a dead letter does not
   * make the dispatcher skip it.
   */
  public static ProducerRecord<String, byte[]> replay(
      ConsumerRecord<String, byte[]> d, Instant at, String outboxTopic) {
    ProducerRecord<String, byte[]> r = new ProducerRecord<>(outboxTopic, d.key(), d.value());
    for (Header h : d.headers()) {
      if (!WireHeaders.isDeadLetters(h.key())) {
        r.headers().add(h.key(), h.value());
      }
    }
    r.headers().add(WireHeaders.REPLAYED_AT, utf8(at.toString()));
    return r;
  }

  /**
   * The id a person names a dead letter by: its event id, else (poison without one) its place in
   * the dead-letter topic, {@code dead:partition@offset}.
   */
  public static String idOf(ConsumerRecord<String, byte[]> d) {
    String id = WireHeaders.text(d.headers(), WireHeaders.ID);
    return id != null && !id.isBlank()
        ? Incoming.printable(id.strip())
        : "dead:" + d.partition() + "@" + d.offset();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
