package org.scanstation.paperwork;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfTextTest {
  @Test
  void controlCharactersAndLineBreaksBecomeOneSpace() {
    assertThat(PdfText.clean("a\r\n\tb\u0000\u0007c  d")).isEqualTo("a b c d");
  }

  @Test
  void bidiOverridesAndJoinersAreDroppedSoTheyCannotReorderWhatIsPrinted() {
    assertThat(PdfText.clean("\u202Eexe.txt\u202C\u2067x\u2069\u200B\u200Dy"))
        .isEqualTo("exe.txtxy");
  }

  @Test
  void whatTheFontLacksShowsAsQuestionMarksAndAccentsItHasAreKept() {
    assertThat(PdfText.clean("Zo\u00EB M\u00FCller \u0141\u00F3d\u017A"))
        .isEqualTo("Zo\u00EB M\u00FCller \u0141\u00F3d\u017A");
    assertThat(PdfText.clean("\uD83D\uDCE6 \u5C71")).isEqualTo("? ?");
    assertThat(PdfText.clean("x\uD800y")).isEqualTo("x?y");
  }

  @Test
  void aDecomposedAccentIsComposedBeforeItIsLookedAt() {
    assertThat(PdfText.clean("Zoe\u0308")).isEqualTo("Zo\u00EB");
  }

  @Test
  void pdfSyntaxIsPlainText() {
    assertThat(PdfText.clean("(a) \\ b) endstream")).isEqualTo("(a) \\ b) endstream");
  }

  @Test
  void tooLongTextIsCutVisiblyToItsWidth() {
    String cut = PdfText.fit("W".repeat(10_000), 8, 100);
    assertThat(cut).endsWith(PdfText.ELLIPSIS).hasSizeLessThan(30);
    assertThat(PaperFont.get().width(cut, 8)).isLessThanOrEqualTo(100);
    assertThat(PdfText.fit("short", 8, 100)).isEqualTo("short");
  }

  @Test
  void wrappingKeepsEveryCharacterUntilTheLastLineIsFull() {
    String hex = "0123456789abcdef".repeat(8);
    var lines = PdfText.wrap(hex, 8, 200, 4);
    assertThat(String.join("", lines)).isEqualTo(hex);
    assertThat(lines).allMatch(l -> PaperFont.get().width(l, 8) <= 200);
    assertThat(PdfText.wrap("x".repeat(5_000), 8, 200, 3))
        .hasSize(3)
        .last()
        .asString()
        .endsWith(PdfText.ELLIPSIS);
  }

  @Test
  void numbersAreGroupedInFours() {
    assertThat(PdfText.groupsOfFour("9400111899223197428497"))
        .isEqualTo("9400 1118 9922 3197 4284 97");
    assertThat(PdfText.groupsOfFour("9400 1118-99")).isEqualTo("9400 1118 -99");
  }
}
