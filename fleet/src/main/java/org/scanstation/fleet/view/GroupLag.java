package org.scanstation.fleet.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The consumer group's lag per partition of the outbox topic, from the broker (every member's
 * commits, not only this dispatcher's). Blocks for up to two seconds a call. Thread-safe.
 */
public final class GroupLag {
  private final Admin admin;
  private final String group;
  private final String topic;

  /** Reads {@code group}'s lag on {@code topic} through {@code admin}, which the caller owns. */
  public GroupLag(Admin admin, String group, String topic) {
    this.admin = admin;
    this.group = group;
    this.topic = topic;
  }

  /** The lag now; empty when the broker does not answer in time. */
  public List<PartitionLag> read() {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(2, TimeUnit.SECONDS);
      Map<TopicPartition, Long> ends = ends();
      List<PartitionLag> out = new ArrayList<>();
      for (int p = 0; p < ends.size(); p++) {
        TopicPartition tp = new TopicPartition(topic, p);
        long end = ends.get(tp);
        OffsetAndMetadata c = committed.get(tp);
        long at = c == null ? 0 : c.offset();
        out.add(new PartitionLag(p, end, at, Math.max(0, end - at)));
      }
      return out;
    } catch (ExecutionException | TimeoutException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  private Map<TopicPartition, Long> ends()
      throws ExecutionException, TimeoutException, InterruptedException {
    int partitions =
        admin
            .describeTopics(List.of(topic))
            .allTopicNames()
            .get(2, TimeUnit.SECONDS)
            .get(topic)
            .partitions()
            .size();
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (int p = 0; p < partitions; p++) {
      latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
    }
    Map<TopicPartition, Long> ends = new HashMap<>();
    admin
        .listOffsets(latest)
        .all()
        .get(2, TimeUnit.SECONDS)
        .forEach((tp, info) -> ends.put(tp, info.offset()));
    return ends;
  }
}
