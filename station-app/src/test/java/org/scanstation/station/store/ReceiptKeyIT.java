package org.scanstation.station.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.StationException;

/**
 * The station's receipt key on disk: made once, owner-only, never replaced, carried by a backup and
 * brought back by a restore.
 */
class ReceiptKeyIT {
  @TempDir Path tmp;

  @Test
  void theKeyIsMadeOnceOwnerOnlyAndReadBackTheSame() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));

    KeyPair first = ReceiptKey.loadOrCreate(data);
    KeyPair again = ReceiptKey.loadOrCreate(data);

    Path file = data.resolve(ReceiptKey.FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(again.getPublic().getEncoded()).isEqualTo(first.getPublic().getEncoded());
    assertThat(again.getPrivate().getEncoded()).isEqualTo(first.getPrivate().getEncoded());
    assertThat(Files.readString(file)).doesNotContain("BEGIN").hasLineCount(2);
  }

  @Test
  void aDamagedKeyIsRefusedWithTheFixNotReplaced() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(data.resolve(ReceiptKey.FILE), "garbage\n");

    assertThatThrownBy(() -> ReceiptKey.loadOrCreate(data))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("receipt key " + data.resolve(ReceiptKey.FILE))
        .hasMessageContaining("restore it from the newest backup");
    assertThat(Files.readString(data.resolve(ReceiptKey.FILE))).isEqualTo("garbage\n");
  }

  @Test
  void aBackupCarriesTheKeyAndARestoreIntoANewDataDirectoryBringsItBack() throws Exception {
    Path data = tmp.resolve("data");
    Path backup = tmp.resolve("backup");
    Path elsewhere = tmp.resolve("restored");
    byte[] key;
    try (StationStore store = StationStore.open(data)) {
      key = ReceiptKey.loadOrCreate(data).getPublic().getEncoded();
      store.backup(backup);
    }
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(backup.resolve(ReceiptKey.FILE))))
        .isEqualTo("rw-------");

    try (StationStore restored = StationStore.restore(elsewhere, backup)) {
      assertThat(ReceiptKey.loadOrCreate(elsewhere).getPublic().getEncoded()).isEqualTo(key);
    }
  }
}
