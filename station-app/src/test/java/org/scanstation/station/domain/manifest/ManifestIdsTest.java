package org.scanstation.station.domain.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Readable manifest ids: Code 128 friendly ASCII, at most 40 characters, one per ordinal. */
class ManifestIdsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  @Test
  void anIdNamesTheStationTheDayAndTheOrdinal() {
    assertThat(ManifestIds.of("station-1", DAY, 1)).isEqualTo("station-1-20261201-1");
    assertThat(ManifestIds.of("station-1", DAY, 2)).isEqualTo("station-1-20261201-2");
  }

  @Test
  void aStationIdWithOtherCharactersOrTooLongIsCutToPrintableAsciiWithinForty() {
    String id = ManifestIds.of("Dock #7 / Zürich\u0007" + "x".repeat(80), DAY, 12);
    assertThat(id)
        .hasSizeLessThanOrEqualTo(ManifestIds.MAX)
        .matches("[a-z0-9-]+")
        .endsWith("-20261201-12");
    assertThat(id).startsWith("dock7zrich");
    assertThat(ManifestIds.isWellFormed(id)).isTrue();
    assertThat(ManifestIds.of("###", DAY, 1)).isEqualTo("station-20261201-1");
  }

  @Test
  void onlyLettersDigitsAndDashesUpToFortyAreWellFormed() {
    assertThat(ManifestIds.isWellFormed("station-1-20261201-1")).isTrue();
    assertThat(ManifestIds.isWellFormed("a".repeat(41))).isFalse();
    assertThat(ManifestIds.isWellFormed("x'; DROP TABLE manifest")).isFalse();
    assertThat(ManifestIds.isWellFormed("")).isFalse();
    assertThat(ManifestIds.isWellFormed(null)).isFalse();
  }
}
