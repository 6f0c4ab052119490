package org.scanstation.station.carrier;

import java.time.Instant;
import java.util.Objects;
import org.scanstation.station.ratelimit.RateGate;

/**
 * A carrier source as the read-back uses it: the reader and the rate gate of its backend (for
 * AfterShip, the same gate the creates go through). Remembers a refusal, so that a source whose
 * credentials are refused is asked again only after a pause. Thread-safe.
 */
public final class ReadSource {
  private final CarrierReader reader;
  private final RateGate gate;
  private volatile String pausedBecause;
  private volatile Instant pausedUntil = Instant.MIN;

  /** {@code reader} behind {@code gate}. */
  public ReadSource(CarrierReader reader, RateGate gate) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  CarrierReader reader() {
    return reader;
  }

  /** One read call through the gate at the read priority; blocks for the turn and the call. */
  ReadReply call(java.util.function.Function<CarrierReader, ReadReply> call)
      throws InterruptedException {
    gate.acquireRead();
    ReadReply reply = call.apply(reader);
    gate.observe(reply.window());
    return reply;
  }

  /** Why the source is paused at {@code now}, or null when it may be asked. */
  String paused(Instant now) {
    return now.isBefore(pausedUntil) ? pausedBecause : null;
  }

  void pause(String reason, Instant until) {
    pausedBecause = reason;
    pausedUntil = until;
  }

  /** Where it is, for messages. */
  public String describe() {
    return reader.describe();
  }
}
