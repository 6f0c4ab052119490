package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.scanstation.station.api.ParcelView.AuditEntry;

/**
 * Who did what, when. Entries are appended, never changed; details never hold secrets (a PIN is
 * never passed here). Thread-safe.
 */
public final class AuditLog {
  private static final int DETAIL_MAX = 2000;

  private final StationStore store;
  private final Clock clock;

  /** An audit log in {@code store}, timed by {@code clock}. */
  public AuditLog(StationStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Appends an entry in its own transaction. */
  public void append(String actor, String type, String subject, String detail) {
    store.inTransaction(
        c -> {
          append(c, clock.instant(), actor, type, subject, detail);
          return null;
        });
  }

  /** Appends an entry within the caller's transaction. */
  static void append(
      Connection c, Instant at, String actor, String type, String subject, String detail)
      throws SQLException {
    String sql =
        "INSERT INTO audit (happened_at, actor, event_type, subject, detail)"
            + " VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, at.toEpochMilli());
      ps.setString(2, cut(actor, 64));
      ps.setString(3, cut(type, 32));
      ps.setString(4, cut(subject, 64));
      ps.setString(5, cut(detail, DETAIL_MAX));
      ps.executeUpdate();
    }
  }

  /** Entries about {@code subject}, oldest first; all entries, newest first, when null. */
  public List<AuditEntry> entries(String subject, int limit) {
    return store.read(c -> entries(c, subject, limit));
  }

  static List<AuditEntry> entries(Connection c, String subject, int limit) throws SQLException {
    String sql =
        subject == null
            ? "SELECT * FROM audit ORDER BY id DESC FETCH FIRST ? ROWS ONLY"
            : "SELECT * FROM audit WHERE subject = ? ORDER BY id FETCH FIRST ? ROWS ONLY";
    List<AuditEntry> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (subject != null) {
        ps.setString(i++, subject);
      }
      ps.setInt(i, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AuditEntry(
                  Instant.ofEpochMilli(rs.getLong("happened_at")).toString(),
                  rs.getString("actor"),
                  rs.getString("event_type"),
                  rs.getString("subject"),
                  rs.getString("detail")));
        }
      }
    }
    return out;
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }
}
