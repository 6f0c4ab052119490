package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.scanstation.station.api.ChainReport;

/**
 * The whole check of a store: Derby's {@code SYSCS_UTIL.SYSCS_CHECK_TABLE} on every table (it reads
 * every page of the table and of its indexes and compares them), then the hash chain ({@link
 * ChainVerifier}). Runs at every open and for {@code station verify}. Never throws for a damaged
 * store: the damage is the report. Blocks for the time of a full read of the store; thread-safe.
 */
public final class StoreCheck {
  private static final String TABLES =
      "SELECT s.schemaname, t.tablename, g.conglomeratenumber FROM sys.systables t"
          + " JOIN sys.sysschemas s ON s.schemaid = t.schemaid"
          + " JOIN sys.sysconglomerates g ON g.tableid = t.tableid"
          + " WHERE t.tabletype = 'T' ORDER BY s.schemaname, t.tablename";

  private final StationStore store;

  /** A check of {@code store}. */
  public StoreCheck(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Checks every table, then the chain; the first fault found is the report. */
  public ChainReport run() {
    return run(n -> {});
  }

  /** {@link #run()}, telling {@code linksChecked} how far the chain check has got. */
  public ChainReport run(LongConsumer linksChecked) {
    ChainReport structure = structure();
    return structure != null ? structure : new ChainVerifier(store).verify(linksChecked);
  }

  /** Table names by conglomerate, known before any check could make Derby drop the database. */
  private record Tables(List<String[]> names, Map<Long, String> byConglomerate) {}

  private ChainReport structure() {
    try (Connection c = store.connection()) {
      Tables tables;
      try {
        tables = tables(c);
      } catch (SQLException | RuntimeException e) {
        DerbyDamage d = DerbyDamage.of(e);
        return ChainReport.damaged(0, where(d, "the system catalog"), d.summary());
      }
      for (String[] t : tables.names()) {
        ChainReport bad = check(c, t[0], t[1], tables.byConglomerate());
        if (bad != null) {
          return bad;
        }
      }
      return null;
    } catch (SQLException | RuntimeException e) {
      DerbyDamage d = DerbyDamage.of(e);
      return ChainReport.damaged(0, where(d, "the store"), d.summary());
    }
  }

  private static Tables tables(Connection c) throws SQLException {
    Map<String, String[]> names = new LinkedHashMap<>();
    Map<Long, String> byConglomerate = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(TABLES);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String[] name = {rs.getString(1), rs.getString(2)};
        // a table has a row per conglomerate (its heap and each index): check it once
        names.putIfAbsent(name[0] + "." + name[1], name);
        byConglomerate.put(rs.getLong(3), name[1]);
      }
    }
    return new Tables(new ArrayList<>(names.values()), byConglomerate);
  }

  private static ChainReport check(
      Connection c, String schema, String table, Map<Long, String> byConglomerate) {
    try (PreparedStatement ps = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
      ps.setString(1, schema);
      ps.setString(2, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
      }
      return null;
    } catch (SQLException | RuntimeException e) {
      // any failure of the check is damage of this table; Derby may name an index's container
      DerbyDamage d = DerbyDamage.of(e);
      String named = d.conglomerate() == null ? null : byConglomerate.get(d.conglomerate());
      String what = named != null ? named : table;
      return ChainReport.damaged(0, what, d.summary() + fileOf(d));
    }
  }

  private static String where(DerbyDamage d, String fallback) {
    return d.file() != null ? "file " + d.file() : fallback;
  }

  private static String fileOf(DerbyDamage d) {
    return d.file() == null ? "" : " [file " + d.file() + "]";
  }
}
