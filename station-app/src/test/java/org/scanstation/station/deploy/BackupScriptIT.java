package org.scanstation.station.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/bin/scan-station-backup}, as the nightly timer runs it, through the package's
 * launcher {@code deploy/bin/station} and the real station.jar on a real store: a dated backup,
 * verified on a copy, the newest N kept; a backup that does not verify is set aside and removes
 * nothing.
 */
class BackupScriptIT {
  private static final Path WORK = Path.of("target", "backup-it").toAbsolutePath();
  private static final Path SCRIPT = DebianPackage.REPO.resolve("deploy/bin/scan-station-backup");
  private static final Path LAUNCHER = DebianPackage.REPO.resolve("deploy/bin/station");

  private Path backups;
  private Path config;

  @BeforeEach
  void aStoreWithOneAcceptance() throws IOException {
    DebianPackage.recreate(WORK);
    backups = Files.createDirectory(WORK.resolve("backups"));
    config = WORK.resolve("station.properties");
    Files.writeString(
        config,
        "data-dir=" + WORK.resolve("data") + "\npolicy.unknown-shipment=accept\n",
        StandardCharsets.UTF_8);
    Shell.Result accepted =
        Shell.run(
            WORK,
            env(LAUNCHER, 1),
            List.of(
                LAUNCHER.toString(),
                "accept",
                "--config",
                config.toString(),
                "--operator",
                "ana",
                "9400111899223197428497"));
    assertThat(accepted.exit()).as(accepted.describe()).isZero();
  }

  @Test
  void eachRunLeavesAVerifiedDatedBackupAndOnlyTheNewestAreKept() throws IOException {
    List<String> made = new java.util.ArrayList<>();
    for (int run = 0; run < 2; run++) {
      Shell.Result r = Shell.run(WORK, env(LAUNCHER, 1), List.of(SCRIPT.toString()));
      assertThat(r.exit()).as(r.describe()).isZero();
      made.add(only(r.out(), "made and verified"));
    }
    assertThat(names()).containsExactly(made.get(1));
    for (String name : names()) {
      Path dir = backups.resolve(name);
      assertThat(dir.getFileName().toString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d{6}Z");
      assertThat(dir.resolve("store")).isDirectory();
      assertThat(Files.readString(dir.resolve("verified.json"))).contains("\"INTACT\"");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
          .isEqualTo("rwx------");
    }
  }

  @Test
  void aBackupThatDoesNotVerifyIsSetAsideAndRemovesNoGoodOne() throws IOException {
    Shell.Result good = Shell.run(WORK, env(LAUNCHER, 1), List.of(SCRIPT.toString()));
    assertThat(good.exit()).as(good.describe()).isZero();
    String kept = only(good.out(), "made and verified");

    Shell.Result bad = Shell.run(WORK, env(damagingCopies(), 1), List.of(SCRIPT.toString()));

    assertThat(bad.exit()).as(bad.describe()).isEqualTo(1);
    assertThat(bad.err()).contains("does not verify; the older backups are kept");
    assertThat(names()).hasSize(2).contains(kept).anyMatch(n -> n.endsWith("Z.failed"));
    assertThat(backups.resolve(kept).resolve("verified.json")).exists();
  }

  /** A station command that damages the copy it is asked to verify, then runs the real one. */
  private Path damagingCopies() throws IOException {
    Path fake = WORK.resolve("damaging-station");
    Files.writeString(
        fake,
        String.join(
            "\n",
            "#!/bin/bash",
            "set -eu",
            "if [ \"$1\" = verify ]; then",
            "  for a in \"$@\"; do [ \"${prev:-}\" = --data-dir ] && dir=$a; prev=$a; done",
            "  for f in \"$dir\"/store/seg0/c*.dat; do truncate -s 100 \"$f\"; done",
            "fi",
            "exec \"" + LAUNCHER + "\" \"$@\"",
            ""),
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    return fake;
  }

  private Map<String, String> env(Path station, int keep) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", Shell.pathWithThisJava());
    env.put("STATION_JAR", DebianPackage.JAR.toString());
    env.put("STATION_BIN", station.toString());
    env.put("STATION_BACKUP_ROOT", backups.toString());
    env.put("STATION_BACKUP_KEEP", Integer.toString(keep));
    env.put("STATION_CONFIG_FILE", config.toString());
    return env;
  }

  private List<String> names() throws IOException {
    try (Stream<Path> all = Files.list(backups)) {
      return all.map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  private static String only(String out, String marker) {
    String line = out.lines().filter(l -> l.contains(marker)).findFirst().orElseThrow();
    return Path.of(line.replace("scan-station-backup: ", "").replace(" " + marker, ""))
        .getFileName()
        .toString();
  }
}
