package org.scanstation.station.store;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.app.RunFile;
import org.slf4j.LoggerFactory;

/** Store, lock, run file and backups are private to the station's user: 0700 and 0600. */
class PrivateFilesIT {
  @TempDir Path work;

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  /** Every directory under {@code root} is rwx------ and every file rw-------. */
  private static void assertPrivate(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.toList()) {
        assertThat(mode(p))
            .as(p.toString())
            .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
      }
    }
  }

  private static void loosen(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.toList()) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }

  @Test
  void aNewStoreItsLockAndItsRunFileAreOwnerOnly() throws IOException {
    Path dataDir = work.resolve("data");
    try (StationStore store = StationStore.open(dataDir)) {
      new RunFile(1, "http://127.0.0.1:1/", "secret").write(dataDir);
      assertThat(mode(dataDir)).isEqualTo("rwx------");
      assertPrivate(store.path());
      assertThat(mode(dataDir.resolve("station.lock"))).isEqualTo("rw-------");
      assertPrivate(dataDir.resolve("run"));
    }
  }

  @Test
  void aBackupAndAStoreRestoredFromItAreOwnerOnly() throws IOException {
    Path dataDir = work.resolve("data");
    Path backups = work.resolve("backups");
    try (StationStore store = StationStore.open(dataDir)) {
      store.backup(backups);
    }
    assertPrivate(backups);
    assertThat(mode(dataDir.resolve(LastBackup.FILE))).isEqualTo("rw-------");
    assertThat(LastBackup.find(dataDir)).contains(backups);
    Path restored = work.resolve("restored");
    try (StationStore store = StationStore.restore(restored, backups)) {
      assertThat(mode(restored)).isEqualTo("rwx------");
      assertPrivate(store.path());
    }
  }

  @Test
  void aStoreFoundReadableByOthersIsMadePrivateAtStartWithAWarning() throws IOException {
    Path dataDir = work.resolve("data");
    StationStore.open(dataDir).close();
    loosen(dataDir);
    Logger logger = (Logger) LoggerFactory.getLogger(PrivateFiles.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    try (StationStore store = StationStore.open(dataDir)) {
      assertThat(mode(dataDir)).isEqualTo("rwx------");
      assertPrivate(store.path());
      assertThat(mode(dataDir.resolve("station.lock"))).isEqualTo("rw-------");
    } finally {
      logger.detachAppender(logged);
    }
    List<String> warnings = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("owner-only", dataDir.toString(), "station.lock", "store");
  }
}
