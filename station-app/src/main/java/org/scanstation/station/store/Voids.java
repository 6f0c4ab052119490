package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.scanstation.station.api.OutboxAction;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.HashChain;
import org.scanstation.station.domain.acceptance.VoidEvent;
import org.scanstation.station.domain.carrier.WatchState;
import org.scanstation.station.domain.manifest.Manifest;

/**
 * Voids an acceptance in one transaction: a VOIDED link of the hash chain (never a deleted or
 * edited row), the parcel's unprinted print jobs CANCELLED, its create withdrawn from the outbox
 * when no call can have been made, else a DELETE queued behind it, its carrier status VOIDED, and
 * the audit entry. A parcel on a closed manifest was handed off and is never voided. Thread-safe.
 */
public final class Voids {
  /** What a void did. */
  public sealed interface Result permits Voided, NotAccepted, AlreadyVoided, HandedOff {}

  /**
   * The void is recorded.
   *
   * @param link the new chain link
   * @param cancelledJobs the print jobs that had not printed and now never will
   * @param createWithdrawn true when the create was never sent (no backend call at all), false when
   *     a DELETE follows it
   */
  public record Voided(VoidEvent link, List<String> cancelledJobs, boolean createWithdrawn)
      implements Result {
    /** Copies the list. */
    public Voided {
      cancelledJobs = List.copyOf(cancelledJobs);
    }
  }

  /** The number was never accepted here: nothing changed. */
  public record NotAccepted() implements Result {}

  /**
   * It was voided before: nothing changed.
   *
   * @param link the earlier void
   */
  public record AlreadyVoided(VoidEvent link) implements Result {}

  /**
   * The parcel is on a closed manifest: it was handed to the carrier and a closed manifest never
   * changes, so it cannot be voided. Nothing changed.
   *
   * @param manifest the manifest it was handed off on
   */
  public record HandedOff(Manifest manifest) implements Result {}

  private final StationStore store;
  private final Clock clock;

  /** Voids in {@code store}. */
  public Voids(StationStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Voids the acceptance of {@code number}; blocks until it is durable. */
  public Result voidAcceptance(String number, String actor, String reason) {
    return store.inTransaction(c -> voidIn(c, number, actor, reason));
  }

  /** The void of {@code number}, if it was voided. */
  public Optional<VoidEvent> find(String number) {
    return store.read(c -> VoidRows.byTrackingNumber(c, number));
  }

  private Result voidIn(Connection c, String number, String actor, String reason)
      throws SQLException {
    Optional<AcceptanceEvent> accepted = AcceptanceRows.byTrackingNumber(c, number);
    if (accepted.isEmpty()) {
      return new NotAccepted();
    }
    ChainHead head = ChainHead.advance(c); // the head's lock orders this void among all links
    Optional<VoidEvent> earlier = VoidRows.byTrackingNumber(c, number);
    if (earlier.isPresent()) {
      c.rollback(); // nothing of ours was written but the head bump
      return new AlreadyVoided(earlier.get());
    }
    // checked under the head's lock: a close that committed first holds the parcel for good
    Optional<Manifest> handedOff = ManifestRows.holding(c, accepted.get().eventId().toString());
    if (handedOff.isPresent()) {
      c.rollback();
      return new HandedOff(handedOff.get());
    }
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    VoidEvent link = link(head, accepted.get(), actor, reason, at);
    VoidRows.insert(c, link);
    head.moveTo(c, link.hash());
    String eventId = link.voidsEventId().toString();
    List<String> jobs = cancelPrintJobs(c, eventId, link, at.toEpochMilli());
    boolean withdrawn =
        OutboxWrites.withdrawCreate(c, eventId, "voided before it was sent", at.toEpochMilli());
    if (!withdrawn) {
      OutboxAction delete = new OutboxAction(OutboxWrites.slug(c, eventId), number, null);
      OutboxWrites.enqueue(
          c,
          link.eventId().toString(),
          Outbox.Kind.DELETE,
          eventId,
          number,
          delete,
          at.toEpochMilli());
    }
    CarrierMarks.finalState(c, number, WatchState.VOIDED, reason, at.toEpochMilli());
    AuditLog.append(c, at, actor, "VOID", number, detail(link, jobs, withdrawn));
    return new Voided(link, jobs, withdrawn);
  }

  private static VoidEvent link(
      ChainHead head, AcceptanceEvent a, String actor, String reason, Instant at) {
    UUID id = UUID.randomUUID();
    String hash =
        HashChain.voidHash(
            head.lastHash(),
            id.toString(),
            a.eventId().toString(),
            a.trackingNumber(),
            actor,
            reason,
            at.toEpochMilli());
    return new VoidEvent(
        head.seq(), id, a.eventId(), a.trackingNumber(), actor, reason, at, head.lastHash(), hash);
  }

  /** Cancels the jobs not yet sent; a SENDING job may be at the printer and is left to finish. */
  private static List<String> cancelPrintJobs(Connection c, String eventId, VoidEvent v, long now)
      throws SQLException {
    List<String> unsent = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT job_id FROM print_job WHERE event_id = ? AND status IN ('QUEUED', 'HELD')"
                + " ORDER BY created_at")) {
      ps.setString(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          unsent.add(rs.getString(1).strip());
        }
      }
    }
    List<String> cancelled = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE print_job SET status = 'CANCELLED', last_error = ?, updated_at = ?"
                + " WHERE job_id = ? AND status IN ('QUEUED', 'HELD')")) {
      for (String id : unsent) {
        ps.setString(1, "cancelled: the acceptance was voided (chain link #" + v.seq() + ")");
        ps.setLong(2, now);
        ps.setString(3, id);
        // a job whose sending was recorded since the query may be at the printer: not cancelled
        if (ps.executeUpdate() == 1) {
          cancelled.add(id);
        }
      }
    }
    return cancelled;
  }

  private static String detail(VoidEvent v, List<String> jobs, boolean withdrawn) {
    return "void link #"
        + v.seq()
        + ": "
        + v.reason()
        + "; print jobs cancelled: "
        + (jobs.isEmpty() ? "none" : String.join(", ", jobs))
        + "; backend: "
        + (withdrawn ? "create withdrawn, nothing sent" : "tracking delete queued");
  }
}
