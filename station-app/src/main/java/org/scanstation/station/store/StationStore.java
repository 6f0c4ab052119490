package org.scanstation.station.store;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.scanstation.station.StationException;
import org.scanstation.station.StoreUnavailableException;
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
      List.of("station.lock", "derby.log", "run", LastBackup.FILE, ReceiptKey.FILE, STORE_DIR);

  static {
    // before any Derby file exists: Derby makes every file it creates owner-only
    PrivateFiles.ownerOnlyForDerby();
  }

  private final String url;
  private final EmbeddedDataSource dataSource;
  private final StoreLock lock;
  private final Path path;
  private final StoreHealth health;
  private volatile boolean watched;

  private StationStore(String url, Path path, StoreLock lock) {
    this.url = url;
    this.path = path;
    this.lock = lock;
    this.health = new StoreHealth(path != null ? path.toString() : url);
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

  /** Whether the store can write, as last found. */
  public StoreHealth health() {
    return health;
  }

  /**
   * From now on a store fault stops every write until {@code watch} finds that the store can write
   * again (a write that would fail anyway is refused at once, with the reason). Without a watch,
   * each write tries Derby and a fault only fails that write.
   */
  void watchedBy(StoreWatch watch) {
    watched = watch != null;
  }

  /**
   * Why the store cannot write now, when a running station's watch says so; empty otherwise (also
   * when nothing watches it: then each write finds out for itself).
   */
  public Optional<String> unavailable() {
    return watched ? health.unavailable() : Optional.empty();
  }

  /** A new auto-commit connection; the caller closes it. */
  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back if it throws.
   *
   * @throws StoreUnavailableException when the store cannot write (then nothing was written)
   */
  public <T> T inTransaction(SqlWork<T> work) {
    Objects.requireNonNull(work, "work");
    Optional<String> down = unavailable();
    if (down.isPresent()) {
      throw new StoreUnavailableException(describe(), down.get(), null);
    }
    return transaction(work);
  }

  private <T> T transaction(SqlWork<T> work) {
    try (Connection c = connection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw fault(e);
    }
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e); // a store that failed mid-transaction may not roll back either
    }
  }

  /** Runs read-only {@code work} on an auto-commit connection. */
  public <T> T read(SqlWork<T> work) {
    try (Connection c = connection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw fault(e);
    }
  }

  /**
   * A store fault becomes {@link StoreUnavailableException} and marks the store unavailable; any
   * other error is one statement's.
   */
  private StationException fault(SQLException e) {
    Optional<String> why = StoreFaults.explain(e);
    if (why.isEmpty()) {
      return new StationException("store " + describe() + ": " + e.getMessage(), e);
    }
    health.failed(why.get(), Instant.now());
    return new StoreUnavailableException(describe(), why.get(), e);
  }

  /**
   * Writes the probe row once, past the health gate: whether the store can write now.
   *
   * @throws StoreUnavailableException when it cannot
   */
  void probe() {
    transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE store_probe SET probed_at = ? WHERE id = 1")) {
            ps.setLong(1, System.currentTimeMillis());
            return ps.executeUpdate();
          }
        });
  }

  /**
   * Shuts the database down so that the next connection boots it afresh and recovers from its log:
   * for a store that faulted and stays broken though the disk has room again. Transactions in
   * flight fail and are rolled back by the recovery.
   */
  void reboot() {
    try {
      java.sql.DriverManager.getConnection(url + ";shutdown=true");
    } catch (SQLException expected) {
      // 08006 is a clean shutdown; XJ004 or XJ040: Derby had already shut it down itself.
    }
  }

  /**
   * Makes an online backup under {@code dir} (scans may continue meanwhile), private to the
   * station's user like the store, with the receipt key ({@link ReceiptKey}) beside it, records it
   * as the last backup, and returns the backup's directory. Blocks for the copy.
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
      ReceiptKey.backUp(path.getParent(), target);
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
