package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.scanstation.station.api.OutboxAction;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.carrier.CompletionReason;
import org.scanstation.station.domain.carrier.WatchState;

/**
 * Marks a parcel's tracking completed in one transaction: a COMPLETE outbox entry behind the
 * parcel's create, its carrier status COMPLETED with the reason, and the audit entry. Not a chain
 * link: it records the carrier's side, not the station's acceptance. Thread-safe.
 */
public final class Completions {
  /** What a completion did. */
  public sealed interface Result permits Queued, NotAccepted, Refused {}

  /**
   * The completion is recorded and goes to the backend through the outbox.
   *
   * @param entryId its outbox entry
   * @param stateReason the parcel's state reason now, {@code <AS>: <reason>}
   */
  public record Queued(String entryId, String stateReason) implements Result {}

  /** The number was never accepted here: nothing changed. */
  public record NotAccepted() implements Result {}

  /**
   * Nothing changed, for the reason given (voided, or completed before).
   *
   * @param why for the supervisor
   */
  public record Refused(String why) implements Result {}

  private final StationStore store;
  private final Clock clock;

  /** Completions in {@code store}. */
  public Completions(StationStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Marks {@code number} completed as {@code as}; blocks until it is durable. */
  public Result complete(String number, CompletionReason as, String actor, String reason) {
    return store.inTransaction(c -> completeIn(c, number, as, actor, reason));
  }

  private Result completeIn(
      Connection c, String number, CompletionReason as, String actor, String reason)
      throws SQLException {
    Optional<AcceptanceEvent> accepted = AcceptanceRows.byTrackingNumber(c, number);
    if (accepted.isEmpty()) {
      return new NotAccepted();
    }
    String eventId = accepted.get().eventId().toString();
    if (VoidRows.byTrackingNumber(c, number).isPresent()) {
      return new Refused(number + " was voided: the backend has no tracking of it to complete");
    }
    if (OutboxWrites.has(c, eventId, Outbox.Kind.COMPLETE)) {
      String was = CarrierMarks.state(c, number).map(s -> s[1]).orElse("before");
      return new Refused(number + " was marked completed already (" + was + ")");
    }
    Instant at = clock.instant();
    String entryId = UUID.randomUUID().toString();
    OutboxAction action = new OutboxAction(OutboxWrites.slug(c, eventId), number, as.name());
    OutboxWrites.enqueue(
        c, entryId, Outbox.Kind.COMPLETE, eventId, number, action, at.toEpochMilli());
    String stateReason = as.name() + ": " + reason;
    CarrierMarks.finalState(c, number, WatchState.COMPLETED, stateReason, at.toEpochMilli());
    AuditLog.append(c, at, actor, "COMPLETE", number, "marked completed as " + stateReason);
    return new Queued(entryId, stateReason);
  }
}
