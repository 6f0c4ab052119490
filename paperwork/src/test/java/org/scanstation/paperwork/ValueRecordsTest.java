package org.scanstation.paperwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueRecordsTest {
  @Test
  void aManifestIdThatNoCode128CanCarryIsRefusedNamingTheFix() {
    assertThatThrownBy(() -> manifestWithId("M 1")).hasMessageContaining("printable ASCII");
    assertThatThrownBy(() -> manifestWithId("M-\u00E9")).hasMessageContaining("U+00E9");
    assertThatThrownBy(() -> manifestWithId("M".repeat(41))).hasMessageContaining("at most 40");
    assertThatThrownBy(() -> manifestWithId("")).isInstanceOf(PaperworkException.class);
  }

  @Test
  void aRootThatIsNotHexIsRefused() {
    assertThatThrownBy(() -> receiptWithRoot("xyz0")).hasMessageContaining("non-hex");
    assertThatThrownBy(() -> receiptWithRoot("\uFF10\uFF10")).hasMessageContaining("non-hex");
    assertThatThrownBy(() -> receiptWithRoot("abc")).hasMessageContaining("even number");
    assertThat(receiptWithRoot("AB01").merkleRootHex()).isEqualTo("AB01");
  }

  @Test
  void totalsAreCountedFromThePiecesByCleanedServiceName() {
    HandOffManifest m =
        Samples.manifest(
            List.of(
                new ManifestPiece("1", "Priority Mail", "", ""),
                new ManifestPiece("2", "Priority\u202E Mail", "", ""),
                new ManifestPiece("3", "Ground Advantage", "", "")));
    assertThat(m.totalsByService())
        .containsExactly(Map.entry("Ground Advantage", 1), Map.entry("Priority Mail", 2));
  }

  @Test
  void extraServicesKeepTheirOrderWhateverSetTheyCameIn() {
    AccountablePiece p =
        AccountablePiece.unpriced(
            "1",
            "a",
            List.of(),
            "s",
            EnumSet.of(ExtraService.RETURN_RECEIPT, ExtraService.CERTIFIED_MAIL));
    assertThat(p.extraServices())
        .containsExactly(ExtraService.CERTIFIED_MAIL, ExtraService.RETURN_RECEIPT);
  }

  private static HandOffManifest manifestWithId(String id) {
    return new HandOffManifest(
        "f", List.of(), "s", Samples.DATE, id, Samples.ROOT, Optional.empty(), List.of());
  }

  private static Receipt receiptWithRoot(String root) {
    return new Receipt("1", List.of(), List.of(), List.of(), List.of(), root, Optional.empty());
  }
}
