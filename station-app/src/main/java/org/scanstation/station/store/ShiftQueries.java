package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.scanstation.station.api.ShiftCounts;
import org.scanstation.station.api.ShiftCounts.HourCount;

/**
 * What the supervisor's overview counts: a day's scans by result and reason, and by hour, desk and
 * operator. Counted in the database (grouped by hour since the day's start, so a day of thousands
 * of scans reads a few hundred rows) from the acceptances and the {@link ScanRefusals}. Read only.
 * Thread-safe.
 */
public final class ShiftQueries {
  private static final long HOUR_MS = Duration.ofHours(1).toMillis();

  private static final String ACCEPTED =
      "SELECT scanner_id, operator_id, h, COUNT(*) FROM"
          + " (SELECT scanner_id, operator_id, (accepted_at - ?) / "
          + HOUR_MS
          + " AS h FROM acceptance WHERE accepted_at >= ? AND accepted_at < ?) t"
          + " GROUP BY scanner_id, operator_id, h";

  private static final String REFUSED =
      "SELECT scanner_id, operator_id, h, result, reason, COUNT(*) FROM"
          + " (SELECT scanner_id, operator_id, result, reason, (refused_at - ?) / "
          + HOUR_MS
          + " AS h FROM scan_refusal WHERE refused_at >= ? AND refused_at < ?) t"
          + " GROUP BY scanner_id, operator_id, h, result, reason";

  private record Key(long hour, String desk, String operator) {}

  private final StationStore store;

  /** Queries on {@code store}. */
  public ShiftQueries(StationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The counts of {@code day} in {@code zone}, up to {@code now}. Blocks for two reads. */
  public ShiftCounts day(LocalDate day, ZoneId zone, Instant now) {
    Instant from = day.atStartOfDay(zone).toInstant();
    Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
    Instant to = now.isBefore(end) ? now : end;
    // a scan recorded at this very millisecond counts: the window ends just after now
    Instant until = now.plusMillis(1).isBefore(end) ? now.plusMillis(1) : end;
    return store.read(c -> counts(c, day, zone, from, to, until));
  }

  private static ShiftCounts counts(
      Connection c, LocalDate day, ZoneId zone, Instant from, Instant to, Instant until)
      throws SQLException {
    Map<Key, long[]> cells =
        new TreeMap<>(
            Comparator.comparingLong(Key::hour)
                .thenComparing(Key::desk)
                .thenComparing(Key::operator));
    Map<String, Long> reasons = new TreeMap<>();
    try (PreparedStatement ps = window(c, ACCEPTED, from, until);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        cell(cells, rs)[0] += rs.getLong(4);
      }
    }
    try (PreparedStatement ps = window(c, REFUSED, from, until);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        boolean duplicate = "DUPLICATE".equals(rs.getString(4));
        long n = rs.getLong(6);
        cell(cells, rs)[duplicate ? 1 : 2] += n;
        if (!duplicate) {
          reasons.merge(rs.getString(5), n, Long::sum);
        }
      }
    }
    long[] totals = new long[3];
    List<HourCount> hours = new ArrayList<>();
    for (Map.Entry<Key, long[]> e : cells.entrySet()) {
      long[] n = e.getValue();
      Key k = e.getKey();
      hours.add(
          new HourCount(
              from.plusMillis(k.hour() * HOUR_MS).toString(),
              k.desk(),
              k.operator(),
              n[0],
              n[1],
              n[2]));
      for (int i = 0; i < 3; i++) {
        totals[i] += n[i];
      }
    }
    return new ShiftCounts(
        day.toString(),
        zone.getId(),
        from.toString(),
        to.toString(),
        totals[0],
        totals[1],
        totals[2],
        mostFirst(reasons),
        hours);
  }

  private static PreparedStatement window(Connection c, String sql, Instant from, Instant until)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    ps.setLong(1, from.toEpochMilli());
    ps.setLong(2, from.toEpochMilli());
    ps.setLong(3, until.toEpochMilli());
    return ps;
  }

  private static long[] cell(Map<Key, long[]> cells, ResultSet rs) throws SQLException {
    Key k = new Key(rs.getLong(3), rs.getString(1), rs.getString(2));
    return cells.computeIfAbsent(k, x -> new long[3]);
  }

  private static Map<String, Long> mostFirst(Map<String, Long> reasons) {
    Map<String, Long> out = new LinkedHashMap<>();
    reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
