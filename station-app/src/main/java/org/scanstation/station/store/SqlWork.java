package org.scanstation.station.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of JDBC work on a connection the store manages.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {
  /** Does the work; the store commits or rolls back around it. */
  T run(Connection connection) throws SQLException;
}
