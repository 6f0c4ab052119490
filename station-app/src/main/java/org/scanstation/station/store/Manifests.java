package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.scanstation.station.domain.manifest.Manifest;
import org.scanstation.station.domain.manifest.ManifestIds;
import org.scanstation.station.domain.manifest.MerkleTree;

/**
 * Closes end-of-day manifests, each in one transaction: the chain head is taken first, exactly as
 * an acceptance or a void takes it, so a close is ordered among all links; every acceptance then
 * visible that is on no manifest, not voided and accepted before the end of the mailing date
 * becomes a piece, in chain order; the manifest row, its pieces, the head and the audit entry
 * commit together. A scan that waits on the head behind a close is after it and goes on the next
 * manifest. Closed manifests are never updated. Thread-safe.
 */
public final class Manifests {
  /** What a close did. */
  public sealed interface Result permits Closed, NothingToClose, UnknownAmends {}

  /**
   * A new manifest was closed.
   *
   * @param manifest its chain link
   */
  public record Closed(Manifest manifest) implements Result {}

  /** No acceptance waits for a manifest up to the end of that day: nothing was written. */
  public record NothingToClose() implements Result {}

  /** The manifest to amend does not exist: nothing was written. */
  public record UnknownAmends() implements Result {}

  /**
   * What the supervisor asks for.
   *
   * @param stationId the station closing it
   * @param mailingDate the day; pieces accepted up to its end in {@code zone} go on it
   * @param zone the station's time zone
   * @param originZip 5 digits or null
   * @param amends the corrected manifest's id, or null
   * @param reason the correction's reason, or null
   * @param actor the supervisor
   */
  public record Close(
      String stationId,
      LocalDate mailingDate,
      ZoneId zone,
      String originZip,
      String amends,
      String reason,
      String actor) {
    /** Requires the station, day, zone and actor. */
    public Close {
      Objects.requireNonNull(stationId, "stationId");
      Objects.requireNonNull(mailingDate, "mailingDate");
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(actor, "actor");
    }
  }

  private final StationStore store;
  private final Clock clock;

  /** Closes manifests in {@code store}, timed by {@code clock}. */
  public Manifests(StationStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Closes a manifest; blocks until it is durable (or until it knows there is nothing to close).
   */
  public Result close(Close request) {
    Objects.requireNonNull(request, "request");
    return store.inTransaction(c -> closeIn(c, request));
  }

  /** The manifest with this id, if it exists. */
  public Optional<Manifest> find(String manifestId) {
    return store.read(c -> ManifestRows.byId(c, manifestId));
  }

  private Result closeIn(Connection c, Close r) throws SQLException {
    if (r.amends() != null && ManifestRows.byId(c, r.amends()).isEmpty()) {
      return new UnknownAmends();
    }
    ChainHead head = ChainHead.advance(c); // the head's lock orders this close among all links
    Instant end = r.mailingDate().plusDays(1).atStartOfDay(r.zone()).toInstant();
    List<ManifestRows.Pending> pieces = ManifestRows.pending(c, end);
    if (pieces.isEmpty()) {
      c.rollback(); // nothing of ours was written but the head bump
      return new NothingToClose();
    }
    String root = MerkleTree.over(pieces.stream().map(ManifestRows.Pending::hash).toList()).root();
    int ordinal = ManifestRows.countOn(c, r.mailingDate()) + 1;
    Manifest.Header header =
        new Manifest.Header(
            ManifestIds.of(r.stationId(), r.mailingDate(), ordinal),
            r.stationId(),
            r.mailingDate(),
            r.originZip(),
            r.amends(),
            r.reason(),
            r.actor());
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Manifest m =
        Manifest.link(
            head.seq(), head.lastHash(), header, pieces.size(), root, UUID.randomUUID(), at);
    ManifestRows.insert(c, m, pieces);
    head.moveTo(c, m.hash());
    AuditLog.append(c, at, r.actor(), "MANIFEST_CLOSE", m.manifestId(), detail(m));
    return new Closed(m);
  }

  private static String detail(Manifest m) {
    return "manifest link #"
        + m.seq()
        + ": "
        + m.pieces()
        + " pieces, mailing date "
        + m.mailingDate()
        + ", root "
        + m.merkleRoot()
        + (m.amends() == null ? "" : "; amends " + m.amends() + ": " + m.reason());
  }
}
