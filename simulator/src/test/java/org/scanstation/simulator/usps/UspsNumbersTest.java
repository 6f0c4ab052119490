package org.scanstation.simulator.usps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class UspsNumbersTest {
  /** The README's example, valid per the station's own validator. */
  private static final String KNOWN_VALID = "9400111899223197428497";

  @Test
  void checkDigitMatchesAKnownNumber() {
    assertThat(UspsCheckDigit.of(KNOWN_VALID.substring(0, 21))).isEqualTo(7);
    assertThat(UspsCheckDigit.isValid(KNOWN_VALID)).isTrue();
    assertThat(UspsCheckDigit.isValid("9400111899223197428490")).isFalse();
    assertThatThrownBy(() -> UspsCheckDigit.of("12a")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weightsRunThreeOneFromTheRight() {
    // data 1,2: 2*3 + 1*1 = 7 -> check 3
    assertThat(UspsCheckDigit.of("12")).isEqualTo(3);
    assertThat(UspsCheckDigit.of("0")).isZero();
  }

  @Test
  void madeNumbersAreValidAndFollowTheChannelRules() {
    Random r = new Random(7);
    for (int i = 0; i < 2000; i++) {
      String mid = UspsNumbers.mailerId(r);
      int length = i % 2 == 0 ? 22 : 26;
      String n = UspsNumbers.impb(r, mid, length);
      assertThat(n).hasSize(length).containsOnlyDigits();
      assertThat(UspsCheckDigit.isValid(n)).as(n).isTrue();
      assertThat(n.substring(5, 5 + mid.length())).isEqualTo(mid);
      String channel = n.substring(0, 2);
      assertThat(channel).isIn("92", "93", "94", "95");
      if (channel.equals("92")) {
        assertThat(mid).hasSize(9).startsWith("9");
      }
      if (channel.equals("93")) {
        assertThat(mid).hasSize(6).doesNotStartWith("9");
      }
      assertThat(UspsNumbers.isPlausible(n)).isTrue();
    }
  }

  @Test
  void mailerIdsHaveTheirShape() {
    assertThat(UspsNumbers.isMailerId("123456")).isTrue();
    assertThat(UspsNumbers.isMailerId("912345678")).isTrue();
    assertThat(UspsNumbers.isMailerId("912345")).isFalse();
    assertThat(UspsNumbers.isMailerId("123456789")).isFalse();
    assertThatThrownBy(() -> UspsNumbers.impb(new Random(), "12345", 22))
        .hasMessageContaining("12345");
  }

  @Test
  void plausibleNumbersForTheBackend() {
    assertThat(UspsNumbers.isPlausible(KNOWN_VALID)).isTrue();
    assertThat(UspsNumbers.isPlausible("94001118992231974284")).isFalse(); // 20 digits, bad check
    assertThat(UspsNumbers.isPlausible("12345")).isFalse();
    assertThat(UspsNumbers.isPlausible("9400111899223197428497X")).isFalse();
  }

  @Test
  void theMailerIdIsReadByPositionAsTheStationReadsIt() {
    assertThat(UspsNumbers.mailerIdOf(KNOWN_VALID)).isEqualTo("118992");
    Random r = new Random(11);
    String nine = UspsNumbers.impb(r, "987654321", 26);
    assertThat(UspsNumbers.mailerIdOf(nine)).isEqualTo("987654321");
    assertThat(UspsNumbers.mailerIdOf("71123456789012345678")).isEqualTo("123456789");
    assertThat(UspsNumbers.mailerIdOf("940011189922319742849")).isNull();
    assertThat(UspsNumbers.mailerIdOf("9400a11899223197428497")).isNull();
    assertThat(UspsNumbers.mailerIdOf(null)).isNull();
  }
}
