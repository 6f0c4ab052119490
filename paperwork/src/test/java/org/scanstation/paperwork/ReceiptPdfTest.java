package org.scanstation.paperwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReceiptPdfTest {
  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void oneReadablePageWithTheAcceptanceManifestPathAndEventsAndTheRootAsQr(PaperSize paper)
      throws Exception {
    byte[] pdf = Paperwork.receipt(Samples.receipt(3), paper);

    assertThat(Pdfs.pages(pdf)).isEqualTo(1);
    assertThat(Pdfs.mediaBoxes(pdf)).containsExactly(List.of(paper.widthPt(), paper.heightPt()));
    assertThat(Pdfs.text(pdf))
        .contains("Acceptance receipt", "9400 1118 9922 3000 1000 21")
        .containsSubsequence("Acceptance", "Operator", "jdoe", "Chain hash", "aa".repeat(32))
        .containsSubsequence("Manifest", Samples.MANIFEST_ID, "Merkle root", Samples.ROOT)
        .containsSubsequence("Merkle path", "bb".repeat(32), "cc".repeat(32))
        .containsSubsequence("Carrier events", "In transit, event 0", "In transit, event 2")
        .contains("Signing key", "not signed");
    assertThat(Pdfs.qr(Pdfs.image(pdf, 0))).isEqualTo(Samples.ROOT);
  }

  @Test
  void manyCarrierEventsStayOnOnePageAndSayHowManyAreNotShown() {
    byte[] pdf = Paperwork.receipt(Samples.receipt(500), PaperSize.LETTER);
    String text = Pdfs.text(pdf);

    assertThat(Pdfs.pages(pdf)).isEqualTo(1);
    assertThat(text).containsPattern("\\d+ more events not shown: see the JSON receipt");
    assertThat(text).contains("cc".repeat(32), Samples.ROOT);
  }

  @Test
  void aHashTooLongForOneLineIsWrappedWhole() {
    String sha512 = "ab".repeat(64);
    Receipt r = Samples.receipt(1);
    Receipt longRoot =
        new Receipt(
            r.trackingNumber(),
            List.of(new ReceiptLine("Chain hash", sha512)),
            r.manifest(),
            r.merklePath(),
            r.carrierEvents(),
            r.merkleRootHex(),
            Optional.of("fp"));
    String text = Pdfs.text(Paperwork.receipt(longRoot, PaperSize.A4));

    assertThat(text.replaceAll("\\s", "")).contains(sha512);
    assertThat(text).doesNotContain(PdfText.ELLIPSIS);
  }

  @Test
  void theSameReceiptGivesTheSameBytes() {
    byte[] first = Paperwork.receipt(Samples.receipt(4), PaperSize.A4);
    assertThat(Paperwork.receipt(Samples.receipt(4), PaperSize.A4)).isEqualTo(first);
    assertThat(Paperwork.receipt(Samples.receipt(5), PaperSize.A4)).isNotEqualTo(first);
  }
}
