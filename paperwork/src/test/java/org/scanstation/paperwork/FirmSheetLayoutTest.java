package org.scanstation.paperwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirmSheetLayoutTest {
  @Test
  void articlesAreOrderedByTheNumberTheirDigitsMakeNotByHowTheyAreWritten() {
    List<AccountablePiece> pieces =
        List.of(
            piece("9407 0000 0000 0010"), piece("9407000000000009"), piece("9407-0000-0000-0011"));

    assertThat(FirmSheetLayout.inNumericalOrder(pieces))
        .extracting(AccountablePiece::articleNumber)
        .containsExactly("9407000000000009", "9407 0000 0000 0010", "9407-0000-0000-0011");
  }

  @Test
  void tenLinesToASheet() {
    assertThat(FirmSheetLayout.sheets(1)).isEqualTo(1);
    assertThat(FirmSheetLayout.sheets(10)).isEqualTo(1);
    assertThat(FirmSheetLayout.sheets(11)).isEqualTo(2);
    assertThat(FirmSheetLayout.sheets(12)).isEqualTo(2);
  }

  private static AccountablePiece piece(String article) {
    return AccountablePiece.unpriced(article, "A", List.of(), "First-Class Mail", Set.of());
  }
}
