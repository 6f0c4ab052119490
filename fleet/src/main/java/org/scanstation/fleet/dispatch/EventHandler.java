package org.scanstation.fleet.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.scanstation.common.Backoff;
import org.scanstation.fleet.WireHeaders;
import org.scanstation.station.StationException;
import org.scanstation.station.sync.BackendReply;
import org.scanstation.station.sync.SyncOutcome;
import org.scanstation.station.sync.TrackingBackend;
import org.scanstation.station.sync.TrackingRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one outbox record through the dispatcher: poison to the dead letters, an event already
 * answered skipped, the rest through the gate to the backend, whose answer the station's classifier
 * has read; the answer is written to the answered topic (and a refusal to the dead letters) before
 * the caller commits the offset. Used by the dispatcher's one consumer thread.
 */
final class EventHandler {
  private static final Logger LOG = LoggerFactory.getLogger(EventHandler.class);
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
  private final DispatcherSettings settings;
  private final TrackingBackend backend;
  private final Producer<String, byte[]> producer;
  private final AnsweredIndex index;
  private final ShareGate gate;
  private final CallMeter meter;
  private final StationBoard board;
  private final Clock clock;
  private final Backoff.Steps retries =
      new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30)).steps();

  EventHandler(
      DispatcherSettings settings,
      TrackingBackend backend,
      Producer<String, byte[]> producer,
      AnsweredIndex index,
      ShareGate gate,
      CallMeter meter,
      StationBoard board,
      Clock clock) {
    this.settings = settings;
    this.backend = backend;
    this.producer = producer;
    this.index = index;
    this.gate = gate;
    this.meter = meter;
    this.board = board;
    this.clock = clock;
  }

  /** What became of {@code r}; blocks for the gate, the call and the writes. */
  Step handle(ConsumerRecord<String, byte[]> r, BooleanSupplier halted)
      throws InterruptedException {
    board.event(WireHeaders.text(r.headers(), WireHeaders.STATION), clock.instant());
    Incoming in = Incoming.read(r);
    if (in instanceof Incoming.Poison p) {
      dead(r, p.reason(), p.id());
      return new Step.Done();
    }
    Incoming.Event e = (Incoming.Event) in;
    if (index.answered(e.id(), e.replayedAt())) {
      meter.skipped();
      return new Step.Done();
    }
    gate.acquire(e.create() != null ? 1 : 2);
    BackendReply reply = send(e);
    meter.called(clock.instant(), reply.outcome());
    gate.observe(reply.window());
    if (halted.getAsBoolean()) {
      return new Step.Halted();
    }
    return answered(r, e, reply.outcome());
  }

  private Step answered(ConsumerRecord<String, byte[]> r, Incoming.Event e, SyncOutcome o) {
    Instant now = clock.instant();
    if (o instanceof SyncOutcome.Delivered d) {
      retries.reset();
      answer(e.id(), new Answer(Answer.DELIVERED, d.backendId(), now));
      return new Step.Done();
    }
    if (o instanceof SyncOutcome.Quarantine q) {
      retries.reset();
      meter.quarantined();
      write(DeadLetter.of(r, "the backend refused it: " + q.reason(), now, deadTopic()));
      meter.dead();
      answer(e.id(), new Answer(Answer.QUARANTINED, null, now));
      return new Step.Done();
    }
    if (o instanceof SyncOutcome.RateLimited l) {
      return new Step.Hold(l.until());
    }
    if (o instanceof SyncOutcome.Pause p) {
      LOG.warn(
          "the backend refused the key ({}); trying again in {}",
          p.reason(),
          settings.pauseProbe());
      return new Step.Hold(now.plus(settings.pauseProbe()));
    }
    Duration wait = retries.next();
    LOG.info(
        "the backend did not answer {} ({}); trying again in {}",
        e.id(),
        ((SyncOutcome.Retry) o).reason(),
        wait);
    return new Step.Hold(now.plus(wait));
  }

  private BackendReply send(Incoming.Event e) {
    if (e.create() != null) {
      return backend.create(e.create());
    }
    TrackingRef ref = new TrackingRef(null, e.action().slug(), e.action().trackingNumber());
    return e.action().reason() == null
        ? backend.delete(ref)
        : backend.complete(ref, e.action().reason());
  }

  private void dead(ConsumerRecord<String, byte[]> r, String reason, String id) {
    Instant now = clock.instant();
    write(DeadLetter.of(r, reason, now, deadTopic()));
    meter.dead();
    if (id != null) {
      answer(id, new Answer(Answer.DEAD, null, now));
    }
  }

  private void answer(String id, Answer a) {
    write(new ProducerRecord<>(settings.topics().answered(), id, a.toJson()));
    index.put(id, a);
  }

  private String deadTopic() {
    return settings.topics().dead();
  }

  /** Sends and waits for the broker's acknowledgement: what is not acknowledged did not happen. */
  private void write(ProducerRecord<String, byte[]> record) {
    try {
      producer.send(record).get(SEND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new StationException(
          "cannot write to " + record.topic() + " (" + e + "); is the broker up?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StationException("interrupted while writing to " + record.topic(), e);
    }
  }
}
