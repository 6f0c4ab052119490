package org.scanstation.paperwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ManifestPdfTest {
  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void theManifestIdBarcodeAndTheMerkleRootCodeDecodeExactly(PaperSize paper) throws Exception {
    byte[] pdf = Paperwork.handOffManifest(Samples.manifest(40), paper);

    var page = Pdfs.image(pdf, 0);
    assertThat(Pdfs.code128(page)).isEqualTo(Samples.MANIFEST_ID);
    assertThat(Pdfs.qr(page)).isEqualTo(Samples.ROOT);
  }

  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void theLongestIdAManifestMayHaveStillFitsThePageAndDecodes(PaperSize paper) throws Exception {
    String id = "MANIFEST-station-07-2026-12-01-ab/cd+ef%";
    assertThat(id).hasSize(HandOffManifest.MAX_ID_LENGTH);
    HandOffManifest m = Samples.manifest(3);
    HandOffManifest longId =
        new HandOffManifest(
            m.facilityName(),
            m.facilityAddress(),
            m.stationId(),
            m.mailingDate(),
            id,
            m.merkleRootHex(),
            m.signingKeyFingerprint(),
            m.pieces());

    assertThat(Pdfs.code128(Pdfs.image(Paperwork.handOffManifest(longId, paper), 0))).isEqualTo(id);
  }

  @Test
  void carriesNoDateSoTheBytesDependOnTheManifestAlone() throws Exception {
    byte[] pdf = Paperwork.handOffManifest(Samples.manifest(3), PaperSize.A4);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
      assertThat(doc.getDocumentInformation().getModificationDate()).isNull();
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Hand-off manifest " + Samples.MANIFEST_ID);
    }
  }

  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void isPrintedOnThePapersSize(PaperSize paper) throws Exception {
    byte[] pdf = Paperwork.handOffManifest(Samples.manifest(150), paper);
    assertThat(Pdfs.mediaBoxes(pdf)).containsOnly(List.of(paper.widthPt(), paper.heightPt()));
  }

  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void everyPieceAppearsExactlyOnceAcrossThePagesInGroupsOfFour(PaperSize paper) {
    HandOffManifest manifest = Samples.manifest(300);
    byte[] pdf = Paperwork.handOffManifest(manifest, paper);
    String text = Pdfs.text(pdf);

    assertThat(Pdfs.pages(pdf)).isGreaterThan(5);
    for (ManifestPiece p : manifest.pieces()) {
      String grouped = PdfText.groupsOfFour(p.trackingNumber());
      assertThat(grouped).matches("(\\d{4} ){5}\\d{2}");
      assertThat(occurrences(text, grouped)).as(grouped).isEqualTo(1);
    }
    assertThat(occurrences(text, "94001118")).isEqualTo(0);
  }

  @Test
  void everyPageSaysWhichPageOfHowManyItIs() {
    byte[] pdf = Paperwork.handOffManifest(Samples.manifest(150), PaperSize.LETTER);
    List<String> pages = Pdfs.pageTexts(pdf);

    assertThat(pages).hasSizeGreaterThan(2);
    for (int n = 0; n < pages.size(); n++) {
      assertThat(pages.get(n)).contains("Page " + (n + 1) + " of " + pages.size());
    }
  }

  @Test
  void theLastPageHasTheTotalsByServiceAndTheSignatureBlock() {
    byte[] pdf = Paperwork.handOffManifest(Samples.manifest(41), PaperSize.A4);
    List<String> pages = Pdfs.pageTexts(pdf);
    String last = pages.get(pages.size() - 1);

    // 41 pieces over 4 services in turn: 11, 10, 10, 10.
    assertThat(last)
        .contains("Totals by service")
        .contains("First-Class Mail 10")
        .contains("Ground Advantage 10")
        .contains("Priority Mail 11")
        .contains("Priority Mail Express 10")
        .contains("All pieces 41")
        .contains("Received by the carrier", "Name of driver or clerk", "Signature")
        .contains("Date and time", "Pieces received");
    assertThat(String.join("", pages.subList(0, pages.size() - 1))).doesNotContain("All pieces");
  }

  @Test
  void theFirstPageNamesTheFacilityStationDateAndKeyAndSaysItIsNoScanForm() {
    String first =
        Pdfs.pageTexts(Paperwork.handOffManifest(Samples.manifest(5), PaperSize.A4)).get(0);
    assertThat(first)
        .contains("Hand-off manifest", "Acme Fulfilment, Dock 3", "Springfield, IL 62701")
        .contains("Station: station-07", "Mailing date: 2026-12-01")
        .contains("Merkle root: " + Samples.ROOT, "Signing key: SHA256:9c1e 44af 0b7d")
        .contains("not a USPS SCAN form");
  }

  @Test
  void aManifestWithoutPiecesIsAClearRefusalNotAnEmptyDocument() {
    assertThatThrownBy(() -> Paperwork.handOffManifest(Samples.manifest(0), PaperSize.A4))
        .isInstanceOf(PaperworkException.class)
        .hasMessageContaining(Samples.MANIFEST_ID)
        .hasMessageContaining("no pieces");
  }

  @Test
  void theSameManifestGivesTheSameBytesAndAnotherManifestOthers() {
    byte[] first = Paperwork.handOffManifest(Samples.manifest(60), PaperSize.A4);
    assertThat(Paperwork.handOffManifest(Samples.manifest(60), PaperSize.A4)).isEqualTo(first);
    assertThat(Paperwork.handOffManifest(Samples.manifest(61), PaperSize.A4)).isNotEqualTo(first);
    assertThat(Paperwork.handOffManifest(Samples.manifest(60), PaperSize.LETTER))
        .isNotEqualTo(first);
  }

  static int occurrences(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
