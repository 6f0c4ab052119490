package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The locked chain head: the new link's position and the previous hash. Acceptances, voids and
 * manifests all take their position here, so the three tables share one sequence and the chain
 * never forks.
 */
record ChainHead(long seq, String lastHash) {
  /** Bumps the head first: that row lock serialises every new link until the commit. */
  static ChainHead advance(Connection c) throws SQLException {
    try (PreparedStatement up =
        c.prepareStatement("UPDATE chain_head SET last_seq = last_seq + 1 WHERE id = 1")) {
      up.executeUpdate();
    }
    try (PreparedStatement q =
            c.prepareStatement("SELECT last_seq, last_hash FROM chain_head WHERE id = 1");
        ResultSet rs = q.executeQuery()) {
      rs.next();
      return new ChainHead(rs.getLong(1), rs.getString(2));
    }
  }

  void moveTo(Connection c, String hash) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE chain_head SET last_hash = ? WHERE id = 1")) {
      ps.setString(1, hash);
      ps.executeUpdate();
    }
  }
}
