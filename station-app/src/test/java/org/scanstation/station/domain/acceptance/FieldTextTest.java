package org.scanstation.station.domain.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** The one length-prefixed field encoding the chain hashes and receipts sign. */
class FieldTextTest {
  @Test
  void eachFieldIsItsLengthAColonTheTextAndASemicolon() {
    assertThat(FieldText.of("10001", "", "a;b")).isEqualTo("5:10001;0:;3:a;b;");
  }

  @Test
  void theLengthCountsUtf16CodeUnitsAsStringLengthDoes() {
    assertThat(FieldText.of("é", "\uD83D\uDCE6")).isEqualTo("1:é;2:\uD83D\uDCE6;");
  }

  @Test
  void anAbsentMemberIsNeitherEmptyNorAnyWrittenField() {
    String text = new FieldText().addOrAbsent(null).addOrAbsent("").add(42L).absent().text();

    assertThat(text).isEqualTo("-;0:;2:42;-;");
  }

  @Test
  void theChainNeverWritesAnAbsentField() {
    assertThatNullPointerException().isThrownBy(() -> FieldText.of("a", null));
  }
}
