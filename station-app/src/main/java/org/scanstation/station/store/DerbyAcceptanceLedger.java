package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.scanstation.station.StationException;
import org.scanstation.station.acceptance.AcceptanceLedger;
import org.scanstation.station.acceptance.NewAcceptance;
import org.scanstation.station.acceptance.RecordOutcome;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.HashChain;
import org.scanstation.station.domain.acceptance.Shipment;
import org.scanstation.station.domain.acceptance.VoidEvent;
import org.scanstation.station.domain.carrier.PollPlan;
import org.scanstation.station.domain.tracking.TrackingNumber;

/**
 * The acceptance ledger on Derby. {@link #record} first bumps the chain head: that row lock
 * serialises acceptances, so the chain never forks and a concurrent scan of the same number sees
 * the first one. Acceptances of concurrent scanners commit together, one transaction for all that
 * wait ({@link GroupCommit}); each caller returns only after the commit that holds its acceptance.
 * It also starts the parcel's carrier read-back ({@code carrier_status}). Thread-safe.
 */
public final class DerbyAcceptanceLedger implements AcceptanceLedger {
  private static final String UNIQUE_VIOLATION = "23505";

  private final StationStore store;
  private final Duration firstCarrierCheck;
  private final GroupCommit group;

  /** A ledger on {@code store} whose parcels are first asked about after the default interval. */
  public DerbyAcceptanceLedger(StationStore store) {
    this(store, PollPlan.DEFAULT.unscannedFirstDay());
  }

  /**
   * A ledger on {@code store}; the carrier is first asked about a parcel {@code firstCarrierCheck}
   * after its acceptance (USPS scans nothing sooner).
   */
  public DerbyAcceptanceLedger(StationStore store, Duration firstCarrierCheck) {
    this.store = Objects.requireNonNull(store, "store");
    this.firstCarrierCheck = Objects.requireNonNull(firstCarrierCheck, "firstCarrierCheck");
    this.group = new GroupCommit(store, this::recordIn);
  }

  @Override
  public Optional<AcceptanceEvent> find(TrackingNumber trackingNumber) {
    return store.read(c -> AcceptanceRows.byTrackingNumber(c, trackingNumber.digits()));
  }

  @Override
  public Optional<VoidEvent> voided(TrackingNumber trackingNumber) {
    return store.read(c -> VoidRows.byTrackingNumber(c, trackingNumber.digits()));
  }

  @Override
  public Optional<Shipment> shipment(TrackingNumber trackingNumber) {
    return store.read(c -> ShipmentRows.byTrackingNumber(c, trackingNumber.digits()));
  }

  /** Transactions its acceptances took so far (fewer than acceptances when scanners overlap). */
  public long transactions() {
    return group.transactions();
  }

  @Override
  public Optional<String> unavailable() {
    return store.unavailable();
  }

  @Override
  public RecordOutcome record(NewAcceptance a) {
    try {
      return group.record(a);
    } catch (StationException e) {
      if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return find(a.trackingNumber())
            .<RecordOutcome>map(RecordOutcome.AlreadyAccepted::new)
            .orElseThrow(() -> e);
      }
      throw e;
    }
  }

  private RecordOutcome recordIn(Connection c, NewAcceptance a) throws SQLException {
    ChainHead head = ChainHead.advance(c);
    Optional<AcceptanceEvent> earlier =
        AcceptanceRows.byTrackingNumber(c, a.trackingNumber().digits());
    if (earlier.isPresent()) {
      return new RecordOutcome.AlreadyAccepted(earlier.get()); // the group takes the bump back
    }
    AcceptanceEvent event = event(a, head.lastHash());
    insertAcceptance(c, head.seq(), event);
    head.moveTo(c, event.hash());
    insertLabel(c, a);
    String jobId = UUID.randomUUID().toString();
    PrintJobRows.insert(
        c,
        jobId,
        a.eventId().toString(),
        PrintJobKind.FIRST,
        a.printerId(),
        a.operatorId(),
        null,
        a.acceptedAt().toEpochMilli());
    insertOutbox(c, a);
    insertCarrierStatus(c, a);
    return new RecordOutcome.Recorded(event, jobId);
  }

  private static AcceptanceEvent event(NewAcceptance a, String prevHash) {
    String code = AcceptanceEvent.ARRIVED_AT_PARTNER_FACILITY;
    String number = a.trackingNumber().digits();
    String zip = a.routingZip() == null ? null : a.routingZip().digits();
    String hash =
        HashChain.hash(
            prevHash,
            a.eventId().toString(),
            number,
            zip,
            a.stationId(),
            a.operatorId(),
            a.scannerId(),
            a.rawScan(),
            a.acceptedAt().toEpochMilli(),
            code);
    return new AcceptanceEvent(
        a.eventId(),
        number,
        zip,
        a.stationId(),
        a.operatorId(),
        a.scannerId(),
        a.rawScan(),
        a.symbology(),
        a.acceptedAt(),
        code,
        prevHash,
        hash);
  }

  private static void insertAcceptance(Connection c, long seq, AcceptanceEvent e)
      throws SQLException {
    String sql =
        "INSERT INTO acceptance (seq, "
            + AcceptanceRows.COLUMNS
            + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, seq);
      ps.setString(2, e.eventId().toString());
      ps.setString(3, e.trackingNumber());
      ps.setString(4, e.routingZip());
      ps.setString(5, e.stationId());
      ps.setString(6, e.operatorId());
      ps.setString(7, e.scannerId());
      ps.setString(8, e.rawScan());
      ps.setLong(9, e.acceptedAt().toEpochMilli());
      ps.setString(10, e.partnerEventCode());
      ps.setString(11, e.prevHash());
      ps.setString(12, e.hash());
      ps.setString(13, e.symbology());
      ps.executeUpdate();
    }
  }

  private static void insertLabel(Connection c, NewAcceptance a) throws SQLException {
    String sql =
        "INSERT INTO label (event_id, language, dpi, bytes, sha256, model_json)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, a.eventId().toString());
      ps.setString(2, a.label().language());
      ps.setInt(3, a.label().dpi());
      ps.setBytes(4, a.label().bytes());
      ps.setString(5, a.label().sha256());
      ps.setString(6, a.label().modelJson());
      ps.executeUpdate();
    }
  }

  private static void insertOutbox(Connection c, NewAcceptance a) throws SQLException {
    String sql =
        "INSERT INTO outbox (entry_id, kind, event_id, tracking_number, payload, status,"
            + " attempts, next_attempt_at, created_at)"
            + " VALUES (?, 'CREATE', ?, ?, ?, 'PENDING', 0, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      long at = a.acceptedAt().toEpochMilli();
      ps.setString(1, a.eventId().toString());
      ps.setString(2, a.eventId().toString());
      ps.setString(3, a.trackingNumber().digits());
      ps.setString(4, a.outboxPayload());
      ps.setLong(5, at);
      ps.setLong(6, at);
      ps.executeUpdate();
    }
  }

  private void insertCarrierStatus(Connection c, NewAcceptance a) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO carrier_status (tracking_number, state, checks, retracks, next_check_at)"
                + " VALUES (?, 'WATCHING', 0, 0, ?)")) {
      ps.setString(1, a.trackingNumber().digits());
      ps.setLong(2, a.acceptedAt().plus(firstCarrierCheck).toEpochMilli());
      ps.executeUpdate();
    }
  }
}
