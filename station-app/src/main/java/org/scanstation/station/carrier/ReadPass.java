package org.scanstation.station.carrier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.scanstation.station.carrier.CarrierLedger.Recorded;
import org.scanstation.station.carrier.CarrierLedger.Watched;
import org.scanstation.station.domain.carrier.CarrierTag;
import org.scanstation.station.domain.carrier.PollPlan;
import org.scanstation.station.domain.carrier.WatchState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One read-back pass over the parcels due now: own-MID parcels one at a time from USPS, the rest in
 * batches from AfterShip, each answer kept before the next call. A rate-limited call is asked again
 * after the window (the gate waits); a refused source is paused and its parcels postponed. Not
 * thread-safe: one pass runs at a time.
 */
final class ReadPass {
  private static final Logger log = LoggerFactory.getLogger(ReadPass.class);

  private final CarrierLedger ledger;
  private final ReadSource aftership;
  private final ReadSource usps;
  private final Predicate<String> viaUsps;
  private final PollPlan plan;
  private final Clock clock;
  private final Duration retryAfter;
  private int checked;
  private int calls;
  private int newEvents;
  private int notAuthorized;
  private int postponed;

  ReadPass(ReadBack.Parts parts, Duration retryAfter) {
    this.ledger = parts.ledger();
    this.aftership = parts.aftership();
    this.usps = parts.usps();
    this.viaUsps = parts.viaUsps();
    this.plan = parts.plan();
    this.clock = parts.clock();
    this.retryAfter = retryAfter;
  }

  /** Handles one batch of due parcels. */
  void handle(List<Watched> due) throws InterruptedException {
    List<Watched> fromAfterShip = new ArrayList<>();
    for (Watched w : due) {
      if (usps != null && viaUsps.test(w.trackingNumber())) {
        fromUsps(w);
      } else if (aftership != null) {
        fromAfterShip.add(w);
      } else {
        postpone(List.of(w.trackingNumber()), plan.unscannedLater()); // no source reads it
      }
    }
    int size = aftership == null ? 1 : aftership.reader().batchSize();
    for (int i = 0; i < fromAfterShip.size(); i += size) {
      fromAfterShip(fromAfterShip.subList(i, Math.min(fromAfterShip.size(), i + size)));
    }
  }

  private void fromUsps(Watched w) throws InterruptedException {
    if (skipPaused(usps, List.of(w))) {
      return;
    }
    ReadReply reply = usps.call(r -> r.read(List.of(w.trackingNumber())));
    calls++;
    if (reply.outcome() instanceof ReadOutcome.NotAuthorized n) {
      ledger.stop(w.trackingNumber(), WatchState.NOT_AUTHORIZED, n.reason(), clock.instant());
      checked++;
      notAuthorized++;
      log.warn("read-back: USPS will not tell us about {}: {}", w.trackingNumber(), n.reason());
    } else {
      answered(usps, reply, List.of(w));
    }
  }

  private void fromAfterShip(List<Watched> batch) throws InterruptedException {
    if (skipPaused(aftership, batch)) {
      return;
    }
    List<String> numbers = batch.stream().map(Watched::trackingNumber).toList();
    ReadReply reply = aftership.call(r -> r.read(numbers));
    calls++;
    answered(aftership, reply, batch);
  }

  private void answered(ReadSource source, ReadReply reply, List<Watched> asked)
      throws InterruptedException {
    List<String> numbers = asked.stream().map(Watched::trackingNumber).toList();
    ReadOutcome o = reply.outcome();
    if (!(o instanceof ReadOutcome.RateLimited)) {
      checked += numbers.size();
    }
    if (o instanceof ReadOutcome.Read read) {
      Set<String> unknown = new HashSet<>(numbers);
      for (CarrierReading r : read.readings()) {
        if (unknown.remove(r.trackingNumber())) {
          keep(source, r, asked);
        }
      }
      postpone(List.copyOf(unknown), plan.unscannedFirstDay()); // not at the source yet
    } else if (o instanceof ReadOutcome.Refused refused) {
      source.pause(refused.reason(), clock.instant().plus(retryAfter));
      log.error("read-back PAUSED for {}: {}", source.describe(), refused.reason());
      postpone(numbers, retryAfter);
    } else if (o instanceof ReadOutcome.Retry retry) {
      log.warn("read-back: {} failed ({}); asking again later", source.describe(), retry.reason());
      postpone(numbers, retryAfter);
    }
    // RateLimited: the gate saw it and waits; the parcels stay due and the next batch has them.
  }

  private void keep(ReadSource source, CarrierReading r, List<Watched> asked)
      throws InterruptedException {
    Recorded rec = ledger.record(r, true, clock.instant(), plan).orElse(null);
    if (rec == null) {
      return;
    }
    newEvents += rec.newEvents();
    int retracks =
        asked.stream()
            .filter(a -> a.trackingNumber().equals(r.trackingNumber()))
            .mapToInt(Watched::retracks)
            .findFirst()
            .orElse(PollPlan.MAX_RETRACKS);
    if (rec.state().watching()
        && r.tag() == CarrierTag.EXPIRED
        && r.backendId() != null
        && retracks < PollPlan.MAX_RETRACKS) {
      ReadReply reply = source.call(reader -> reader.retrack(r.backendId()));
      calls++;
      if (reply.outcome() instanceof ReadOutcome.Read) {
        ledger.retracked(r.trackingNumber(), clock.instant());
      }
    }
  }

  private boolean skipPaused(ReadSource source, List<Watched> batch) {
    if (source.paused(clock.instant()) == null) {
      return false;
    }
    postpone(batch.stream().map(Watched::trackingNumber).toList(), retryAfter);
    return true;
  }

  private void postpone(List<String> numbers, Duration by) {
    if (!numbers.isEmpty()) {
      Instant now = clock.instant();
      ledger.postpone(numbers, now.plus(by), now);
      postponed += numbers.size();
    }
  }

  PassResult result() {
    return new PassResult(checked, calls, newEvents, notAuthorized, postponed);
  }
}
