package org.scanstation.fleet.dispatch;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link ShareGate} on the partitions owned: on revoke (or loss) the share shrinks before
 * the group assigns the partitions elsewhere; on assign the dispatcher first reads the answered
 * topic up to its end as of now, so that every answer its predecessor wrote is known before one of
 * its events is sent again, and only then does its share grow. Runs on the consumer's thread.
 */
final class ShareListener implements ConsumerRebalanceListener {
  private static final Logger LOG = LoggerFactory.getLogger(ShareListener.class);
  private static final Duration CATCH_UP = Duration.ofSeconds(60);
  private final Consumer<String, byte[]> consumer;
  private final DispatcherSettings settings;
  private final ShareGate gate;
  private final AnsweredIndex index;

  ShareListener(
      Consumer<String, byte[]> consumer,
      DispatcherSettings settings,
      ShareGate gate,
      AnsweredIndex index) {
    this.consumer = consumer;
    this.settings = settings;
    this.gate = gate;
    this.index = index;
  }

  @Override
  public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
    gate.revoked(new HashSet<>(partitions));
  }

  @Override
  public void onPartitionsLost(Collection<TopicPartition> partitions) {
    gate.revoked(new HashSet<>(partitions));
  }

  @Override
  public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
    if (partitions.isEmpty()) {
      return;
    }
    List<TopicPartition> answered = partitionsOf(settings.topics().answered());
    Map<Integer, Long> ends = new HashMap<>();
    consumer.endOffsets(answered).forEach((tp, end) -> ends.put(tp.partition(), end));
    try {
      if (!index.awaitReadTo(ends, CATCH_UP)) {
        LOG.warn(
            "the answered topic was not read to its end within {}: an event answered just before"
                + " may be sent again (the backend answers 4003, no duplicate)",
            CATCH_UP);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    gate.partitions(partitionsOf(settings.topics().outbox()).size());
    gate.assigned(new HashSet<>(partitions));
  }

  private List<TopicPartition> partitionsOf(String topic) {
    return consumer.partitionsFor(topic).stream()
        .map((PartitionInfo p) -> new TopicPartition(topic, p.partition()))
        .toList();
  }
}
