package org.scanstation.station.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.scanstation.station.api.ProofRecord;

/**
 * Streams proof-of-acceptance records for a time range; a voided acceptance carries its void link.
 * Thread-safe.
 */
public final class ProofExporter {
  private final StationStore store;

  /** An exporter for {@code store}. */
  public ProofExporter(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** How many records {@link #export} would stream for the same range. Blocks on the store. */
  public long count(Instant from, Instant to) {
    return store.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM acceptance WHERE accepted_at >= ? AND accepted_at < ?")) {
            ps.setLong(1, from.toEpochMilli());
            ps.setLong(2, to.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /** Records with {@code from <= acceptedAt < to}, in chain order, to {@code sink}. */
  public void export(Instant from, Instant to, Consumer<ProofRecord> sink) {
    String sql =
        "SELECT a.seq, a.event_id, a.tracking_number, a.accepted_at, a.station_id,"
            + " a.operator_id, a.scanner_id, a.partner_event_code, a.routing_zip, s.order_id,"
            + " l.sha256, a.prev_hash, a.hash, v.seq, v.voided_at, v.actor, v.reason, v.hash"
            + " FROM acceptance a"
            + " LEFT JOIN shipment s ON s.tracking_number = a.tracking_number"
            + " LEFT JOIN label l ON l.event_id = a.event_id"
            + " LEFT JOIN acceptance_void v ON v.voids_event_id = a.event_id"
            + " WHERE a.accepted_at >= ? AND a.accepted_at < ? ORDER BY a.seq";
    store.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, from.toEpochMilli());
            ps.setLong(2, to.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                sink.accept(
                    new ProofRecord(
                        rs.getLong(1),
                        rs.getString(2).strip(),
                        rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4)).toString(),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getObject(14) == null ? null : rs.getLong(14),
                        rs.getObject(15) == null
                            ? null
                            : Instant.ofEpochMilli(rs.getLong(15)).toString(),
                        rs.getString(16),
                        rs.getString(17),
                        rs.getString(18)));
              }
            }
          }
          return null;
        });
  }
}
