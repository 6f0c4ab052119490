package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scanstation.label.ExtraService;
import org.scanstation.station.StationException;
import org.scanstation.station.domain.acceptance.ExtraServiceCode;
import org.scanstation.station.domain.acceptance.PostalAddress;
import org.scanstation.station.domain.acceptance.Shipment;

/** Reads and writes shipment rows. Stateless. */
final class ShipmentRows {
  private static final String COLUMNS =
      "tracking_number, order_id, service, to_name, to_street1, to_street2, to_city, to_state,"
          + " to_zip, from_name, from_street1, from_city, from_state, from_zip, weight_oz,"
          + " extra_services";

  private ShipmentRows() {}

  static Optional<Shipment> byTrackingNumber(Connection c, String trackingNumber)
      throws SQLException {
    return one(c, "SELECT " + COLUMNS + " FROM shipment WHERE tracking_number = ?", trackingNumber);
  }

  static Optional<Shipment> byOrderId(Connection c, String orderId) throws SQLException {
    return one(c, "SELECT " + COLUMNS + " FROM shipment WHERE order_id = ?", orderId);
  }

  private static Optional<Shipment> one(Connection c, String sql, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  /** The stored content hash of a shipment, if it exists. */
  static Optional<String> contentHash(Connection c, String trackingNumber) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT content_hash FROM shipment WHERE tracking_number = ?")) {
      ps.setString(1, trackingNumber);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static void insert(Connection c, Shipment s, String hash, long now) throws SQLException {
    String sql =
        "INSERT INTO shipment ("
            + COLUMNS
            + ", content_hash, imported_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, s);
      ps.setString(17, hash);
      ps.setLong(18, now);
      ps.executeUpdate();
    }
  }

  static void update(Connection c, Shipment s, String hash, long now) throws SQLException {
    String sql =
        "UPDATE shipment SET tracking_number = ?, order_id = ?, service = ?, to_name = ?,"
            + " to_street1 = ?, to_street2 = ?, to_city = ?, to_state = ?, to_zip = ?,"
            + " from_name = ?, from_street1 = ?, from_city = ?, from_state = ?, from_zip = ?,"
            + " weight_oz = ?, extra_services = ?, content_hash = ?, imported_at = ?"
            + " WHERE tracking_number = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, s);
      ps.setString(17, hash);
      ps.setLong(18, now);
      ps.setString(19, s.trackingNumber());
      ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, Shipment s) throws SQLException {
    PostalAddress to = s.to();
    PostalAddress from =
        s.from() != null ? s.from() : new PostalAddress(null, null, null, null, null, null);
    String[] values = {
      s.trackingNumber(),
      s.orderId(),
      s.service(),
      to.name(),
      to.street1(),
      to.street2(),
      to.city(),
      to.state(),
      to.zip(),
      from.name(),
      from.street1(),
      from.city(),
      from.state(),
      from.zip()
    };
    for (int i = 0; i < values.length; i++) {
      ps.setString(i + 1, values[i]);
    }
    if (s.weightOz() == null) {
      ps.setNull(15, Types.INTEGER);
    } else {
      ps.setInt(15, s.weightOz());
    }
    String extras = s.extraServiceCodes();
    ps.setString(16, extras.isEmpty() ? null : extras);
  }

  private static Shipment map(ResultSet rs) throws SQLException {
    PostalAddress to =
        new PostalAddress(
            rs.getString("to_name"),
            rs.getString("to_street1"),
            rs.getString("to_street2"),
            rs.getString("to_city"),
            rs.getString("to_state"),
            rs.getString("to_zip"));
    PostalAddress from =
        rs.getString("from_name") == null && rs.getString("from_street1") == null
            ? null
            : new PostalAddress(
                rs.getString("from_name"),
                rs.getString("from_street1"),
                null,
                rs.getString("from_city"),
                rs.getString("from_state"),
                rs.getString("from_zip"));
    int weight = rs.getInt("weight_oz");
    return new Shipment(
        rs.getString("tracking_number"),
        rs.getString("order_id"),
        rs.getString("service"),
        to,
        from,
        rs.wasNull() ? null : weight,
        extraServices(rs.getString("tracking_number"), rs.getString("extra_services")));
  }

  /** The stored codes ({@code 910;955}) with their names; NULL (rows before V7) is none. */
  private static List<ExtraServiceCode> extraServices(String trackingNumber, String codes) {
    List<ExtraServiceCode> extras = new ArrayList<>();
    if (codes == null) {
      return extras;
    }
    for (String code : codes.split(";")) {
      ExtraService e =
          ExtraService.fromToken(code)
              .orElseThrow(
                  () ->
                      new StationException(
                          "shipment "
                              + trackingNumber
                              + " has extra-service code '"
                              + code
                              + "' that this version does not know; upgrade the station"));
      extras.add(new ExtraServiceCode(e.code(), e.id()));
    }
    return extras;
  }
}
