package org.scanstation.fleet.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.scanstation.common.DaemonThreads;
import org.scanstation.fleet.KafkaClients;
import org.scanstation.station.StationException;
import org.scanstation.station.sync.TrackingBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One member of the dispatchers' consumer group: reads its partitions of the outbox topic one
 * record at a time on a thread of its own, has each taken through the {@link EventHandler}, and
 * commits the partition's offset only after the answer was written. A hold (429, a passing fault, a
 * refused key) rewinds every partition to its first unanswered record and pauses them until the
 * hold ends, polling meanwhile so that the group keeps the member. {@link #close} and {@link #halt}
 * block until the thread has stopped. The accessors are thread-safe.
 */
public final class Dispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private final DispatcherSettings settings;
  private final Clock clock;
  private final KafkaConsumer<String, byte[]> consumer;
  private final KafkaProducer<String, byte[]> producer;
  private final AnsweredIndex index = new AnsweredIndex();
  private final StationBoard board = new StationBoard();
  private final CallMeter meter = new CallMeter();
  private final ShareGate gate;
  private final FleetWatch watch;
  private final EventHandler handler;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean halted;
  private Instant holdUntil;

  private Dispatcher(DispatcherSettings s, TrackingBackend backend, Clock clock) {
    this.settings = s;
    this.clock = clock;
    Map<String, String> extra = s.clientProperties();
    this.consumer =
        new KafkaConsumer<>(KafkaClients.consumer(s.bootstrapServers(), s.group(), extra));
    this.producer = new KafkaProducer<>(KafkaClients.producer(s.bootstrapServers(), extra));
    this.gate = new ShareGate(s.rateLimit(), 1, clock);
    this.watch = new FleetWatch(s, index, board);
    this.handler = new EventHandler(s, backend, producer, index, gate, meter, board, clock);
    this.thread = DaemonThreads.named("dispatcher").newThread(this::run);
  }

  /** Joins the group and starts dispatching on a thread of its own; returns at once. */
  public static Dispatcher start(
      DispatcherSettings settings, TrackingBackend backend, Clock clock) {
    Dispatcher d =
        new Dispatcher(
            Objects.requireNonNull(settings, "settings"),
            Objects.requireNonNull(backend, "backend"),
            Objects.requireNonNull(clock, "clock"));
    d.thread.start();
    return d;
  }

  private void run() {
    try {
      consumer.subscribe(
          List.of(settings.topics().outbox()), new ShareListener(consumer, settings, gate, index));
      while (running) {
        step();
      }
    } catch (WakeupException e) {
      // closing or halted
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.error("the dispatcher stopped: {}; restart it", e.toString(), e);
    } finally {
      Thread.interrupted(); // a halt interrupts; the clients must still close
      if (halted) {
        // as a process that died: no goodbye to the group, whose session timeout moves the
        // partitions
        consumer.close(
            CloseOptions.groupMembershipOperation(
                    CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP)
                .withTimeout(Duration.ZERO));
        producer.close(Duration.ZERO);
      } else {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(10)));
        producer.close(Duration.ofSeconds(10));
      }
    }
  }

  private void step() throws InterruptedException {
    if (holdUntil != null && clock.instant().isBefore(holdUntil)) {
      consumer.pause(consumer.assignment());
      Duration left = Duration.between(clock.instant(), holdUntil);
      consumer.poll(left.compareTo(POLL) < 0 ? left : POLL);
      return;
    }
    holdUntil = null;
    consumer.resume(consumer.paused());
    ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
    Map<TopicPartition, Long> resumeAt = new HashMap<>();
    for (TopicPartition tp : records.partitions()) {
      resumeAt.put(tp, records.records(tp).get(0).offset());
    }
    for (TopicPartition tp : records.partitions()) {
      for (ConsumerRecord<String, byte[]> r : records.records(tp)) {
        if (!running || !take(r, tp, resumeAt)) {
          return;
        }
      }
    }
  }

  /** Takes one record; false when the batch must stop (a hold, a halt, a lost partition). */
  private boolean take(
      ConsumerRecord<String, byte[]> r, TopicPartition tp, Map<TopicPartition, Long> resumeAt)
      throws InterruptedException {
    Step step;
    try {
      step = handler.handle(r, () -> halted);
    } catch (StationException e) {
      LOG.warn("{}; trying again", e.getMessage());
      step = new Step.Hold(clock.instant().plusSeconds(1));
    }
    if (step instanceof Step.Halted) {
      running = false; // as a crash: nothing more is written or committed
      return false;
    }
    if (step instanceof Step.Hold h) {
      holdUntil = h.until();
    } else {
      resumeAt.put(tp, r.offset() + 1);
      if (commit(tp, r.offset() + 1)) {
        return true;
      }
    }
    // the consumer's position is past the batch: back to each partition's first unanswered record
    resumeAt.forEach(consumer::seek);
    return false;
  }

  private boolean commit(TopicPartition tp, long next) {
    try {
      consumer.commitSync(Map.of(tp, new OffsetAndMetadata(next)));
      return true;
    } catch (KafkaException e) {
      // the answer is written: whoever reads the record again (a new owner, or this one after the
      // rewind) skips it
      LOG.info("offset {} of {} not committed ({}); it is read again", next, tp, e.toString());
      return false;
    }
  }

  /** The group's name and the topics. */
  public DispatcherSettings settings() {
    return settings;
  }

  /** Requests a second this dispatcher may make now: its share of the limit. */
  public double share() {
    return gate.perSecond();
  }

  /** The outbox partitions it owns now. */
  public List<Integer> owned() {
    return gate.owned();
  }

  /** Its counts now. */
  public CallMeter.Counts counts() {
    return meter.counts(clock.instant());
  }

  /** The stations seen. */
  public List<StationSeen> stations() {
    return board.all();
  }

  /** Leaves the group cleanly: the batch's answered records are committed, the rest move on. */
  @Override
  public void close() {
    stop(false);
  }

  /**
   * Stops at once, as a crash would: the call in flight is not recorded, nothing more is written or
   * committed, and the group moves the partitions when the member's session ends.
   */
  public void halt() {
    stop(true);
  }

  private void stop(boolean abrupt) {
    halted = abrupt;
    running = false;
    if (abrupt) {
      consumer.wakeup();
      thread.interrupt();
    }
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    watch.close();
  }
}
