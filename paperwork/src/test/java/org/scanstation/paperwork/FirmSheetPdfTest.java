package org.scanstation.paperwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FirmSheetPdfTest {
  private static final Pattern ARTICLE = Pattern.compile("9407 1118 9922 31\\d\\d \\d{4} \\d\\d");

  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void twelvePiecesGivenShuffledAreListedInNumericalOrderOnTwoSheets(PaperSize paper) {
    List<AccountablePiece> shuffled = Samples.shuffledCertified(12);
    assertThat(shuffled)
        .extracting(AccountablePiece::articleNumber)
        .isNotEqualTo(
            FirmSheetLayout.inNumericalOrder(shuffled).stream()
                .map(AccountablePiece::articleNumber)
                .toList());
    byte[] pdf = Paperwork.firmSheet(Samples.firmSheet(shuffled), paper);
    List<String> sheets = Pdfs.pageTexts(pdf);

    assertThat(sheets).hasSize(2);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      expected.add(PdfText.groupsOfFour(Samples.article(i)));
    }
    assertThat(articles(sheets.get(0))).isEqualTo(expected.subList(0, 10));
    assertThat(articles(sheets.get(1))).isEqualTo(expected.subList(10, 12));
    assertThat(sheets.get(0)).containsPattern("listed by sender.*\\R10\\R");
    assertThat(sheets.get(1)).containsPattern("listed by sender.*\\R2\\R");
  }

  @ParameterizedTest
  @EnumSource(PaperSize.class)
  void theUnusedLinesOfTheLastSheetAreStruckWithOneDiagonalAndAFullSheetIsNot(PaperSize paper) {
    byte[] pdf = Paperwork.firmSheet(Samples.firmSheet(Samples.shuffledCertified(12)), paper);
    float[] strike = FirmSheetLayout.strike(2, paper);

    BufferedImage last = Pdfs.image(pdf, 1);
    assertThat(darkShare(last, strike[0], strike[1], strike[2], strike[3])).isGreaterThan(0.98);
    // The other diagonal crosses only the ruling: an unstruck block looks like this.
    assertThat(darkShare(last, strike[0], strike[3], strike[2], strike[1])).isLessThan(0.4);
    BufferedImage full = Pdfs.image(pdf, 0);
    assertThat(darkShare(full, strike[0], strike[1], strike[2], strike[3])).isLessThan(0.4);
    assertThat(FirmSheetLayout.strike(FirmSheetLayout.LINES, paper)).isNull();
  }

  @Test
  void everySheetCarriesTheSenderTheBoxesForThePostOfficeAndTheFacsimileNote() {
    byte[] pdf =
        Paperwork.firmSheet(Samples.firmSheet(Samples.shuffledCertified(25)), PaperSize.LETTER);
    List<String> sheets = Pdfs.pageTexts(pdf);

    assertThat(sheets).hasSize(3);
    for (int n = 0; n < sheets.size(); n++) {
      assertThat(sheets.get(n))
          .contains("Legal Notices Desk, Smith & Jones LLP", "1 Court Square", "Boston, MA 02108")
          .contains("Mailing date: 2026-12-01", "Post office ZIP: 02108")
          .contains(FirmSheetPdf.LISTED, FirmSheetPdf.RECEIVED, FirmSheetPdf.EMPLOYEE)
          .contains(FirmSheetPdf.STAMP, FirmSheetPdf.FACSIMILE_NOTE)
          .contains("PS Form 3877-style firm sheet", "not the USPS form")
          .contains("Sheet " + (n + 1) + " of 3");
      assertThat(sheets.get(n))
          .containsSubsequence(
              "Article number",
              "Addressee name and address",
              "Postage",
              "Fee",
              "RD Fee",
              "ASR Fee",
              "ASRD Fee",
              "RR Fee");
    }
  }

  @Test
  void theColumnsThatApplyAreMarkedAndKnownAmountsPrintedOthersLeftForTheClerk() {
    byte[] pdf =
        Paperwork.firmSheet(
            Samples.firmSheet(
                List.of(Samples.priced(1), Samples.certified(2), Samples.certified(3))),
            PaperSize.A4);
    String text = Pdfs.text(pdf);

    // priced(1): postage 0.73, Certified fee 4.85, ASR marked with no amount.
    assertThat(text).contains("0.73", "4.85");
    String pricedLine = lineWith(text, PdfText.groupsOfFour(Samples.article(1)));
    assertThat(pricedLine).endsWith("X X");
    // certified(2) has Return Receipt Electronic, certified(3) Return Receipt on paper.
    assertThat(lineWith(text, PdfText.groupsOfFour(Samples.article(2)))).endsWith("X E");
    assertThat(lineWith(text, PdfText.groupsOfFour(Samples.article(3)))).endsWith("X X");
  }

  @Test
  void withoutAccountablePiecesThereIsNoSheetButAClearMessage() {
    assertThatThrownBy(() -> Paperwork.firmSheet(Samples.firmSheet(List.of()), PaperSize.A4))
        .isInstanceOf(PaperworkException.class)
        .hasMessageContaining(Samples.MANIFEST_ID)
        .hasMessageContaining("no accountable pieces");
  }

  @Test
  void theSameSheetGivesTheSameBytesWhateverOrderThePiecesCameIn() {
    byte[] first =
        Paperwork.firmSheet(Samples.firmSheet(Samples.shuffledCertified(12)), PaperSize.A4);
    assertThat(Paperwork.firmSheet(Samples.firmSheet(Samples.shuffledCertified(12)), PaperSize.A4))
        .isEqualTo(first);
    assertThat(Paperwork.firmSheet(Samples.firmSheet(Samples.shuffledCertified(11)), PaperSize.A4))
        .isNotEqualTo(first);
  }

  private static List<String> articles(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = ARTICLE.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static String lineWith(String text, String what) {
    return text.lines().filter(l -> l.contains(what)).findFirst().orElseThrow().strip();
  }

  /** The share of points along a line, in points, that are dark on the page's image. */
  static double darkShare(BufferedImage image, float x1, float y1, float x2, float y2) {
    int samples = 200;
    int dark = 0;
    for (int i = 1; i < samples; i++) {
      double t = (double) i / samples;
      int x = Pdfs.px((float) (x1 + t * (x2 - x1)));
      int y = Pdfs.px((float) (y1 + t * (y2 - y1)));
      dark += Pdfs.darkNear(image, x, y) ? 1 : 0;
    }
    return dark / (double) (samples - 1);
  }
}
