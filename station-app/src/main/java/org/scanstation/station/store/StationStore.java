package org.scanstation.station.store;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.scanstation.station.StationException;
import org.scanstation.station.api.ChainReport;

/**
 * The station's embedded Apache Derby store: opened once per process (an OS lock enforces it),
 * migrated to the current schema on open, and closed on shutdown. Hands out connections and runs
 * transactions. Thread-safe: each call uses its own connection.
 */
public final class StationStore implements AutoCloseable {
  /** The store's directory under the data directory. */
  public static final String STORE_DIR = "store";

  /** What the station keeps in its data directory, all private to its user. */
  static final List<String> STATION_FILES =
      List.of("station.lock", "derby.log", "run", LastBackup.FILE, STORE_DIR);

  static {
    // before any Derby file exists: Derby makes every file it creates owner-only
    PrivateFiles.ownerOnlyForDerby();
  }

  private final String url;
  private final EmbeddedDataSource dataSource;
  private final StoreLock lock;
  private final Path path;

  private StationStore(String url, Path path, StoreLock lock) {
    this.url = url;
    this.path = path;
    this.lock = lock;
    this.dataSource = new EmbeddedDataSource();
    dataSource.setDatabaseName(url.substring("jdbc:derby:".length()));
  }

  /**
   * Opens (creating if needed) the store under {@code dataDir}, after taking the process lock, and
   * checks it: every table with Derby's structural check, then the hash chain. The data directory
   * is kept private to the station's user (0700, files 0600); looser modes found are fixed with a
   * warning. Blocks for the check (a full read of the store).
   *
   * @throws StoreInUseException when another station process owns it
   * @throws StoreDamagedException naming the damaged table (or file) and how to restore when a file
   *     is damaged or the chain does not verify
   * @throws StationException naming the path when Derby cannot open or migrate it
   */
  public static StationStore open(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    Path storePath = dir.resolve(STORE_DIR);
    PrivateFiles.createDirectories(dir);
    StoreLock lock = StoreLock.acquire(dir, storePath);
    try {
      PrivateFiles.tightenDataDir(dir, STATION_FILES);
      // derby.log goes to derby.system.home, else the working directory: keep it with the data.
      if (System.getProperty("derby.system.home") == null) {
        System.setProperty("derby.system.home", dir.toString());
      }
      StationStore store = boot("jdbc:derby:" + storePath, storePath, lock);
      ChainReport report = new StoreCheck(store).run();
      if (!report.intact()) {
        store.shutDownQuietly();
        throw new StoreDamagedException(dir, report, null);
      }
      return store;
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** A store in memory, for tests: gone when closed. */
  public static StationStore inMemory(String name) {
    return boot("jdbc:derby:memory:" + name, null, null);
  }

  /**
   * Restores the store under {@code dataDir} from a backup made by {@link #backup}. The data
   * directory must not hold a store yet (move the damaged one aside first).
   *
   * @throws StationException naming the paths when there is a store already or the backup is bad
   */
  public static StationStore restore(Path dataDir, Path backupDir) {
    return StoreRestore.restore(dataDir, backupDir);
  }

  /** Boots Derby at {@code bootUrl} and migrates; package-private for {@link StoreRestore}. */
  static StationStore boot(String bootUrl, Path path, StoreLock lock) {
    String plain = bootUrl.contains(";") ? bootUrl.substring(0, bootUrl.indexOf(';')) : bootUrl;
    String create = bootUrl.contains(";") ? bootUrl : bootUrl + ";create=true";
    try (Connection c = java.sql.DriverManager.getConnection(create)) {
      c.isValid(1);
    } catch (SQLException e) {
      StoreDamagedException.throwIfDamage(path, e);
      throw new StationException(
          "cannot open store " + (path != null ? path : plain) + ": " + e.getMessage(), e);
    }
    StationStore store = new StationStore(plain, path, lock);
    try {
      store.migrate();
    } catch (RuntimeException e) {
      store.shutDownQuietly();
      throw e;
    }
    return store;
  }

  private void migrate() {
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      StoreDamagedException.throwIfDamage(path, e);
      throw new StationException("cannot migrate store " + describe() + ": " + e.getMessage(), e);
    }
  }

  /** The store's directory, or null for an in-memory store. */
  public Path path() {
    return path;
  }

  /** A new auto-commit connection; the caller closes it. */
  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back if it throws. */
  public <T> T inTransaction(SqlWork<T> work) {
    Objects.requireNonNull(work, "work");
    try (Connection c = connection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StationException("store " + describe() + ": " + e.getMessage(), e);
    }
  }

  /** Runs read-only {@code work} on an auto-commit connection. */
  public <T> T read(SqlWork<T> work) {
    try (Connection c = connection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StationException("store " + describe() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes an online backup under {@code dir} (scans may continue meanwhile), private to the
   * station's user like the store, records it as the last backup, and returns the backup's
   * directory. Blocks for the copy.
   */
  public Path backup(Path dir) {
    Path target = dir.toAbsolutePath().normalize();
    Path where =
        read(
            c -> {
              try (CallableStatement call =
                  c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, target.toString());
                call.execute();
              }
              return target.resolve(STORE_DIR);
            });
    PrivateFiles.tightenItself(target);
    PrivateFiles.tighten(where);
    if (path != null) {
      LastBackup.record(path.getParent(), target);
    }
    return where;
  }

  private String describe() {
    return path != null ? path.toString() : url;
  }

  /** Shuts Derby's database down after a failed open; the caller releases the lock. */
  private void shutDownQuietly() {
    try {
      java.sql.DriverManager.getConnection(url + (path == null ? ";drop=true" : ";shutdown=true"))
          .close();
    } catch (SQLException expected) {
      // shut down (08006), or already dropped by Derby after a severe error: either way closed
    }
  }

  /** Shuts the database down cleanly and releases the process lock. */
  @Override
  public void close() {
    try {
      java.sql.DriverManager.getConnection(url + (path == null ? ";drop=true" : ";shutdown=true"));
    } catch (SQLException expected) {
      // Derby reports a successful shutdown (08006) or drop (08006) as an exception.
      if (!"08006".equals(expected.getSQLState())) {
        throw new StationException("cannot close store " + describe() + ": " + expected, expected);
      }
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }
}
