package org.scanstation.fleet.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.scanstation.fleet.FleetTopics;
import org.scanstation.fleet.KafkaClients;
import org.scanstation.station.StationException;

/**
 * The dead-letter topic for people: every dead letter in it, and the replay of one (by its {@link
 * DeadLetter#idOf id}) or all of them to the outbox topic. Each call opens its own clients and
 * blocks until done. Thread-safe.
 */
public final class DeadLetterStore {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private DeadLetterStore() {}

  /** Every dead letter now in the topic, oldest first. */
  public static List<ConsumerRecord<String, byte[]>> readAll(
      String bootstrap, FleetTopics topics, Map<String, String> props) {
    try (KafkaConsumer<String, byte[]> c =
        new KafkaConsumer<>(KafkaClients.consumer(bootstrap, null, props))) {
      List<TopicPartition> parts =
          c.partitionsFor(topics.dead(), WAIT).stream()
              .map(p -> new TopicPartition(topics.dead(), p.partition()))
              .toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> ends = c.endOffsets(parts, WAIT);
      List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (!reached(c, ends)) {
        if (System.nanoTime() > deadline) {
          throw new StationException(
              "the dead letters in " + topics.dead() + " were not read within " + WAIT);
        }
        c.poll(Duration.ofMillis(200)).forEach(out::add);
      }
      return out;
    }
  }

  private static boolean reached(KafkaConsumer<String, byte[]> c, Map<TopicPartition, Long> ends) {
    return ends.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue());
  }

  /**
   * Republishes the dead letters whose id is {@code id} (null: all of them) to the outbox topic
   * with their original key and headers; blocks until the broker has them.
   *
   * @return how many were republished
   */
  public static int replay(
      String bootstrap, FleetTopics topics, Map<String, String> props, String id, Clock clock) {
    List<ConsumerRecord<String, byte[]>> chosen = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> d : readAll(bootstrap, topics, props)) {
      if (id == null || DeadLetter.idOf(d).equals(id)) {
        chosen.add(d);
      }
    }
    Instant at = clock.instant();
    try (KafkaProducer<String, byte[]> p =
        new KafkaProducer<>(KafkaClients.producer(bootstrap, props))) {
      for (ConsumerRecord<String, byte[]> d : chosen) {
        p.send(DeadLetter.replay(d, at, topics.outbox())).get(WAIT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new StationException(
          "cannot replay to " + topics.outbox() + " (" + e + "); is the broker up?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StationException("interrupted while replaying to " + topics.outbox(), e);
    }
    return chosen.size();
  }
}
