package org.scanstation.station.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.domain.tracking.Mod10;

/**
 * Backup, restore and verify on a real store, standard error not a terminal: each ends with a plain
 * line of what it did (bytes copied, links checked), none with --quiet, and standard output carries
 * the same result either way.
 */
class LongCommandsProgressIT {
  private static final Pattern BYTES = Pattern.compile("station: backup done: (\\d+) bytes in ");

  @TempDir Path work;

  private static CliRun cli(String... args) {
    return CliRun.run(new byte[0], Map.of("STATION_PIN", "2468"), args);
  }

  private String store(String name) {
    String data = work.resolve(name).toString();
    CliRun.accept(data, List.of(Mod10.withCheckDigit("940011189900000000001")));
    return data;
  }

  @Test
  void backupCountsTheBytesItCopiedAndQuietSaysNothing() {
    String data = store("data");
    CliRun plain = cli("backup", work.resolve("b1").toString(), "--data-dir", data);
    CliRun quiet = cli("backup", "--quiet", work.resolve("b2").toString(), "--data-dir", data);
    assertThat(plain.exit()).as(plain.err()).isZero();
    Matcher m = BYTES.matcher(plain.err());
    assertThat(m.find()).as(plain.err()).isTrue();
    assertThat(Long.parseLong(m.group(1))).isGreaterThan(100_000); // a Derby store is ~1 MB
    assertThat(quiet.err()).doesNotContain("station: backup");
    assertThat(plain.out()).isEqualTo(work.resolve("b1").resolve("store") + "\n");
  }

  @Test
  void restoreAndVerifySayWhatTheyDidAndQuietKeepsTheSameReport() {
    String data = store("data");
    assertThat(cli("backup", work.resolve("b").toString(), "--data-dir", data).exit()).isZero();
    String into = work.resolve("restored").toString();
    CliRun restored = cli("restore", work.resolve("b").toString(), "--data-dir", into);
    assertThat(restored.exit()).as(restored.err()).isZero();
    assertThat(restored.err())
        .containsPattern("station: restore done: [1-9]\\d* bytes in ")
        .containsPattern("station: check done: [1-9]\\d* links in ");
    CliRun verify = cli("verify", "--data-dir", into);
    CliRun quiet = cli("verify", "--quiet", "--data-dir", into);
    assertThat(verify.err()).containsPattern("station: verify done: [1-9]\\d* links in ");
    assertThat(quiet.err()).doesNotContain("station: verify");
    assertThat(verify.out()).isEqualTo(quiet.out());
  }
}
