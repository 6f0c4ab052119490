package org.scanstation.fleet.dispatch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.scanstation.common.DaemonThreads;
import org.scanstation.fleet.KafkaClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the answered topic into the {@link AnsweredIndex} and the heartbeat topic into the {@link
 * StationBoard}, from their beginning and then as they grow, on a daemon thread of its own (no
 * group: every dispatcher reads all of both). {@link #close} blocks until the thread has stopped.
 */
final class FleetWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FleetWatch.class);
  private final KafkaConsumer<String, byte[]> consumer;
  private final DispatcherSettings settings;
  private final AnsweredIndex index;
  private final StationBoard board;
  private final Thread thread;
  private volatile boolean running = true;

  FleetWatch(DispatcherSettings settings, AnsweredIndex index, StationBoard board) {
    this.settings = settings;
    this.index = index;
    this.board = board;
    this.consumer =
        new KafkaConsumer<>(
            KafkaClients.consumer(settings.bootstrapServers(), null, settings.clientProperties()));
    this.thread = DaemonThreads.start("fleet watch", this::run);
  }

  private void run() {
    try {
      List<TopicPartition> all = new ArrayList<>();
      all.addAll(partitions(settings.topics().answered()));
      all.addAll(partitions(settings.topics().heartbeat()));
      consumer.assign(all);
      consumer.seekToBeginning(all);
      while (running) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          take(r);
        }
        for (TopicPartition tp : all) {
          if (tp.topic().equals(settings.topics().answered())) {
            index.readTo(tp.partition(), consumer.position(tp));
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("the fleet watch stopped: {}; restart the dispatcher", e.toString(), e);
    } finally {
      consumer.close(CloseOptions.timeout(Duration.ZERO));
    }
  }

  private List<TopicPartition> partitions(String topic) {
    List<TopicPartition> out = new ArrayList<>();
    for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(60))) {
      out.add(new TopicPartition(topic, p.partition()));
    }
    return out;
  }

  private void take(ConsumerRecord<String, byte[]> r) {
    if (r.topic().equals(settings.topics().answered())) {
      if (r.key() != null) {
        index.put(r.key(), Answer.fromJson(r.value()));
      }
    } else {
      board.heartbeat(r.key(), r.value());
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
