package org.scanstation.station.domain.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Mod10Test {

  @Test
  void computesTheCheckDigitOfAPublishedExample() {
    // USPS's own example number, 9400 1118 9922 3197 4284 97: check digit 7.
    assertThat(Mod10.checkDigit("940011189922319742849")).isEqualTo(7);
  }

  @Test
  void weightsThreeFromTheRightmostDataDigit() {
    assertThat(Mod10.checkDigit("1")).isEqualTo(7); // 1*3 = 3 -> 7
    assertThat(Mod10.checkDigit("10")).isEqualTo(9); // 0*3 + 1*1 = 1 -> 9
    assertThat(Mod10.checkDigit("0")).isZero();
    assertThat(Mod10.checkDigit("5")).isEqualTo(5); // 15 -> 5
  }

  @Test
  void refusesNonAsciiDigits() {
    // Arabic-Indic digit seven: Character.isDigit says yes, USPS says no.
    assertThatThrownBy(() -> Mod10.checkDigit("12\u06677"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 3");
  }

  @Test
  void appendsTheCheckDigit() {
    assertThat(Mod10.withCheckDigit("940011189922319742849")).isEqualTo("9400111899223197428497");
  }
}
