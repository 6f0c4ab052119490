package org.scanstation.station.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where {@code station backup} last put a good backup of a data directory: the file {@code
 * last-backup} next to the store, one absolute path, owner-only. It lets a refusal to start name
 * the backup to restore. Thread-safe (each write replaces the file atomically).
 */
public final class LastBackup {
  static final String FILE = "last-backup";
  private static final Logger log = LoggerFactory.getLogger(LastBackup.class);

  private LastBackup() {}

  /**
   * Records {@code backupDir} as the newest backup of {@code dataDir}; a failure is logged, not
   * thrown, because the backup itself was made. Blocks on the disk.
   */
  static void record(Path dataDir, Path backupDir) {
    Path file = dataDir.resolve(FILE);
    Path tmp = dataDir.resolve(FILE + ".tmp");
    try {
      Files.deleteIfExists(tmp);
      Files.createFile(tmp, PrivateFiles.fileAttributes());
      Files.writeString(tmp, backupDir.toAbsolutePath().normalize() + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      log.warn("backup {} made, but not recorded in {}: {}", backupDir, file, e.getMessage());
    }
  }

  /** The newest recorded backup of {@code dataDir} that still holds a store, if any. */
  public static Optional<Path> find(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      Path dir = Path.of(Files.readString(file, StandardCharsets.UTF_8).strip());
      return Files.isDirectory(dir.resolve(StationStore.STORE_DIR))
          ? Optional.of(dir)
          : Optional.empty();
    } catch (IOException | InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * How to bring back the store of {@code dataDir}: move it aside, then {@code station restore}
   * with the newest backup when one is recorded.
   */
  public static String restoreHint(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    Path store = dir.resolve(StationStore.STORE_DIR);
    Optional<Path> last = find(dir);
    String restore =
        "'station restore "
            + last.map(Path::toString).orElse("<backup dir>")
            + " --data-dir "
            + dir
            + "'";
    String which =
        last.isPresent()
            ? " (the newest backup made by 'station backup')"
            : " (no backup is recorded for this data directory: use the newest directory given"
                + " to 'station backup')";
    return "stop the station, move the store aside ('mv "
        + store
        + " "
        + store
        + ".damaged') and restore it with "
        + restore
        + which;
  }
}
