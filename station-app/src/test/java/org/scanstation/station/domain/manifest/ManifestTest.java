package org.scanstation.station.domain.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.scanstation.station.domain.acceptance.HashChain;

/** A manifest's chain link: its own tagged format, every header field and the root covered. */
class ManifestTest {
  private static final String PREV = "a".repeat(64);
  private static final String ROOT = "b".repeat(64);
  private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final Instant AT = Instant.parse("2026-12-01T22:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static Manifest.Header header(String zip, String amends, String reason) {
    return new Manifest.Header(
        "station-1-20261201-1", "station-1", DAY, zip, amends, reason, "sup");
  }

  private static Manifest link(Manifest.Header h, int pieces, String root) {
    return Manifest.link(7, PREV, h, pieces, root, ID, AT);
  }

  @Test
  void aManifestIsHashedWithItsTagFirstSoItHashesLikeNoAcceptanceOrVoid() {
    String text =
        "8:MANIFEST;64:"
            + PREV
            + ";36:"
            + ID
            + ";20:station-1-20261201-1;9:station-1;10:2026-12-01;5:10001;1:3;64:"
            + ROOT
            + ";0:;0:;3:sup;13:"
            + AT.toEpochMilli()
            + ";";
    Manifest m = link(header("10001", null, null), 3, ROOT);
    assertThat(m.hash()).isEqualTo(HashChain.sha256(text));
    assertThat(text).doesNotStartWith("64:").doesNotStartWith("4:VOID");
    assertThat(m.recompute(PREV)).isEqualTo(m.hash());
    assertThat(m.seq()).isEqualTo(7);
  }

  @Test
  void theHashCoversTheHeaderTheRootTheCountAndThePreviousLink() {
    Set<String> hashes = new HashSet<>();
    hashes.add(link(header("10001", null, null), 3, ROOT).hash());
    hashes.add(link(header("10002", null, null), 3, ROOT).hash());
    hashes.add(link(header(null, null, null), 3, ROOT).hash());
    hashes.add(link(header("10001", "station-1-20261201-1", "missed one"), 3, ROOT).hash());
    hashes.add(link(header("10001", null, null), 4, ROOT).hash());
    hashes.add(link(header("10001", null, null), 3, "c".repeat(64)).hash());
    hashes.add(
        Manifest.link(7, "d".repeat(64), header("10001", null, null), 3, ROOT, ID, AT).hash());
    hashes.add(
        Manifest.link(7, PREV, header("10001", null, null), 3, ROOT, ID, AT.plusMillis(1)).hash());
    assertThat(hashes).hasSize(8);
  }

  @Test
  void aManifestWithoutPiecesOrAnAmendmentWithoutAReasonCannotBeMade() {
    assertThatThrownBy(() -> link(header(null, null, null), 0, ROOT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no pieces");
    assertThatThrownBy(() -> link(header(null, "station-1-20261201-1", null), 1, ROOT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without a reason");
  }
}
