package org.scanstation.paperwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Import data is hostile: no name or address may break a document or stop it being written. */
class HostileTextTest {
  static final List<String> HOSTILE =
      List.of(
          "nul\u0000bell\u0007cr\rlf\nend",
          "\u202Egnp.exe\u202C and \u2066isolated\u2069",
          "parcel \uD83D\uDCE6 truck \uD83D\uDE9A family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
          "N".repeat(10_000),
          "(evil) \\ name( ))) \\\\ (",
          "lone \uD800 surrogate \uDFFF here",
          "\u5C71\u7530\u592A\u90CE \u0645\u062D\u0645\u062F Z\u0351\u0352\u0353oe",
          "%PDF-1.7 endobj trailer << /Root 1 0 R >> stream",
          "");

  static Stream<Arguments> everyHostileTextOnEveryPaper() {
    return HOSTILE.stream()
        .flatMap(s -> Stream.of(PaperSize.values()).map(p -> Arguments.of(s, p)));
  }

  @ParameterizedTest
  @MethodSource("everyHostileTextOnEveryPaper")
  void aHandOffManifestStillRendersAndReadsBack(String hostile, PaperSize paper) throws Exception {
    ManifestPiece evil = new ManifestPiece(hostile, hostile, hostile, hostile);
    HandOffManifest m =
        new HandOffManifest(
            hostile,
            List.of(hostile, hostile, hostile, hostile),
            hostile,
            Samples.DATE,
            Samples.MANIFEST_ID,
            Samples.ROOT,
            Optional.of(hostile),
            List.of(Samples.piece(1), evil, Samples.piece(2)));
    byte[] pdf = Paperwork.handOffManifest(m, paper);

    assertThat(Pdfs.pages(pdf)).isEqualTo(1);
    String text = Pdfs.text(pdf);
    assertThat(text).contains(PdfText.groupsOfFour(Samples.tracking(2)), "All pieces 3");
    assertShowsCleanly(text, hostile);
    assertThat(Pdfs.code128(Pdfs.image(pdf, 0))).isEqualTo(Samples.MANIFEST_ID);
  }

  @ParameterizedTest
  @MethodSource("everyHostileTextOnEveryPaper")
  void aFirmSheetStillRendersAndReadsBack(String hostile, PaperSize paper) {
    AccountablePiece evil =
        AccountablePiece.unpriced(
            hostile,
            hostile,
            List.of(hostile, hostile, hostile, hostile, hostile),
            hostile,
            EnumSet.allOf(ExtraService.class));
    FirmSheet f =
        new FirmSheet(
            hostile,
            List.of(hostile, hostile),
            Samples.DATE,
            hostile,
            hostile,
            List.of(Samples.certified(1), evil, Samples.certified(2)));
    byte[] pdf = Paperwork.firmSheet(f, paper);

    assertThat(Pdfs.pages(pdf)).isEqualTo(1);
    String text = Pdfs.text(pdf);
    assertThat(text)
        .contains(PdfText.groupsOfFour(Samples.article(2)), FirmSheetPdf.FACSIMILE_NOTE);
    assertShowsCleanly(text, hostile);
  }

  @ParameterizedTest
  @MethodSource("everyHostileTextOnEveryPaper")
  void aReceiptStillRendersOnOnePageAndReadsBack(String hostile, PaperSize paper) {
    ReceiptLine evil = new ReceiptLine(hostile, hostile);
    Receipt r =
        new Receipt(
            hostile,
            List.of(evil, evil),
            List.of(evil),
            List.of(evil),
            List.of(evil, evil),
            Samples.ROOT,
            Optional.of(hostile));
    byte[] pdf = Paperwork.receipt(r, paper);

    assertThat(Pdfs.pages(pdf)).isEqualTo(1);
    String text = Pdfs.text(pdf);
    assertThat(text).contains(Samples.ROOT);
    assertShowsCleanly(text, hostile);
  }

  @ParameterizedTest
  @MethodSource("everyHostileTextOnEveryPaper")
  void theDocumentsOfHostileTextAreStillTheSameBytesEachTime(String hostile, PaperSize paper) {
    Receipt r =
        new Receipt(
            hostile,
            List.of(new ReceiptLine(hostile, hostile)),
            List.of(),
            List.of(),
            List.of(),
            Samples.ROOT,
            Optional.empty());
    assertThat(Paperwork.receipt(r, paper)).isEqualTo(Paperwork.receipt(r, paper));
  }

  private static void assertShowsCleanly(String text, String hostile) {
    assertThat(text).doesNotContain("\u202E", "\u2066", "\u200D", "\u0000", "\u0007");
    assertThat(text.codePoints().filter(Character::isSupplementaryCodePoint)).isEmpty();
    assertThat(text.chars().filter(c -> Character.isSurrogate((char) c))).isEmpty();
    Map<String, String> shown =
        Map.of(
            "(evil)",
            "(evil) \\ name( ))) \\\\ (",
            "gnp.exe",
            "gnp.exe and isolated",
            "parcel",
            "parcel ? truck ? family ???",
            "N".repeat(100),
            "N".repeat(20) + PdfText.ELLIPSIS,
            "lone",
            "lone ? surrogate ? here",
            "nul",
            "nul bell cr lf end",
            "%PDF",
            "%PDF-1.7 endobj trailer << /Root 1 0 R >> stream");
    shown.forEach(
        (marker, expected) -> {
          if (hostile.startsWith(marker)) {
            assertThat(text).contains(expected);
          }
        });
  }
}
