package org.scanstation.station.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scanstation.paperwork.PaperSize;
import org.scanstation.station.api.ManifestView;
import org.scanstation.station.config.StationConfig;

/** The paper rule of the supervisor page's downloads, and the documents' settings. */
class ManifestDocumentsTest {
  @Test
  void letterAndA4AreThePapersInAnyCaseAndNothingElseIs() {
    assertThat(ManifestDocuments.paperNamed("letter")).contains(PaperSize.LETTER);
    assertThat(ManifestDocuments.paperNamed("A4")).contains(PaperSize.A4);
    assertThat(ManifestDocuments.paperNamed("legal")).isEmpty();
    assertThat(ManifestDocuments.paperNamed(" a4")).isEmpty();
    assertThat(ManifestDocuments.paperNamed("")).isEmpty();
    assertThat(ManifestDocuments.paperNamed(null)).isEmpty();
  }

  @Test
  void theDocumentsOfAConfigurationWithoutAMailerRefuseAFirmSheetNamingTheSettings() {
    ManifestDocuments documents = ManifestDocuments.of(StationConfig.load(null, Map.of()));
    assertThatThrownBy(
            () -> documents.firmSheet(new ManifestView(null, List.of()), PaperSize.LETTER))
        .hasMessageContaining("mailer.name")
        .hasMessageContaining("mailer.address");
  }
}
