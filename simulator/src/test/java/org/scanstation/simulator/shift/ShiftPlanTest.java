package org.scanstation.simulator.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scanstation.simulator.usps.UspsCheckDigit;

class ShiftPlanTest {
  private static final List<String> MIDS = ShiftPlan.DEFAULT_MAILER_IDS;
  private static final List<ExpectedScan> BIG =
      ShiftPlan.generate(5000, ShiftMix.defaults(), 42, MIDS);

  /** The digits of a scan, without the AIM identifier and the 420 + ZIP routing element. */
  private static String number(ExpectedScan e) {
    String s = e.scan().startsWith("]C1") ? e.scan().substring(3) : e.scan();
    int gs = s.lastIndexOf('\u001D');
    s = gs >= 0 ? s.substring(gs + 1) : s;
    s = s.replace(" ", "");
    if (e.form().equals("ROUTED_NO_SEPARATOR")) {
      s = s.substring(8);
    }
    return s;
  }

  @Test
  void theSameSeedGivesTheSameShift() {
    assertThat(ShiftPlan.generate(200, ShiftMix.defaults(), 42, MIDS))
        .isEqualTo(BIG.subList(0, 200));
    assertThat(ShiftPlan.generate(200, ShiftMix.defaults(), 43, MIDS))
        .isNotEqualTo(BIG.subList(0, 200));
  }

  @Test
  void kindsFollowTheMix() {
    Map<ScanKind, Integer> counts = new EnumMap<>(ScanKind.class);
    BIG.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
    assertThat(counts.get(ScanKind.VALID)).isBetween(3300, 3700);
    assertThat(counts.get(ScanKind.DUPLICATE)).isBetween(300, 500);
    assertThat(counts.get(ScanKind.AMBIGUOUS)).isBetween(50, 150);
    assertThat(ShiftPlan.generate(300, ShiftMix.parse("junk=1"), 1, MIDS))
        .allMatch(e -> e.kind() == ScanKind.JUNK);
  }

  @Test
  void acceptedScansCarryNewValidNumbersOfAllowedMailers() {
    Set<String> seen = new HashSet<>();
    for (ExpectedScan e : BIG) {
      if (e.expected() != Outcome.ACCEPTED) {
        continue;
      }
      assertThat(number(e)).as("%s", e).isEqualTo(e.trackingNumber());
      assertThat(UspsCheckDigit.isValid(e.trackingNumber())).isTrue();
      String mid = e.trackingNumber().substring(5, e.trackingNumber().charAt(5) == '9' ? 14 : 11);
      assertThat(MIDS).contains(mid);
      assertThat(seen.add(e.trackingNumber())).as("accepted twice: %s", e).isTrue();
      if (e.routingZip() != null) {
        assertThat(e.scan()).contains("420" + e.routingZip());
      }
    }
    assertThat(seen).hasSizeGreaterThan(3000);
  }

  @Test
  void duplicatesRepeatAnEarlierAcceptance() {
    Set<String> accepted = new HashSet<>();
    for (ExpectedScan e : BIG) {
      if (e.expected() == Outcome.DUPLICATE) {
        assertThat(accepted).contains(e.trackingNumber());
        assertThat(number(e)).isEqualTo(e.trackingNumber());
      }
      if (e.expected() == Outcome.ACCEPTED) {
        accepted.add(e.trackingNumber());
      }
    }
  }

  @Test
  void rejectionsHaveTheRightReasonByConstruction() {
    for (ExpectedScan e : BIG) {
      switch (e.kind()) {
        case TYPO -> {
          assertThat(e.reason()).isEqualTo(RejectCode.BAD_CHECK_DIGIT);
          assertThat(UspsCheckDigit.isValid(number(e))).as("%s", e).isFalse();
        }
        case UNAUTHORIZED -> {
          assertThat(e.reason()).isEqualTo(RejectCode.MAILER_ID_NOT_ALLOWED);
          assertThat(UspsCheckDigit.isValid(number(e))).isTrue();
          assertThat(MIDS.stream().noneMatch(m -> e.trackingNumber().startsWith(m, 5))).isTrue();
        }
        case AMBIGUOUS -> {
          String d = e.scan();
          assertThat(d).hasSize(34).startsWith("420").containsOnlyDigits();
          assertThat(UspsCheckDigit.isValid(d.substring(8))).as("ZIP + 26 digits").isTrue();
          assertThat(UspsCheckDigit.isValid(d.substring(12))).as("ZIP+4 + 22 digits").isTrue();
          assertThat(d.substring(8, 10)).isIn("94", "95");
        }
        case JUNK -> assertThat(e.reason()).isNotNull();
        default -> assertThat(e.reason()).isNull();
      }
    }
  }

  @Test
  void everyJunkFormAndReasonOccurs() {
    Set<String> forms = new HashSet<>();
    BIG.stream()
        .filter(e -> e.kind() == ScanKind.JUNK)
        .forEach(e -> forms.add(e.form() + "=" + e.reason()));
    assertThat(forms)
        .containsExactlyInAnyOrder(
            "WORD=NON_DIGIT",
            "LETTER_IN_NUMBER=NON_DIGIT",
            "SHORT=WRONG_LENGTH",
            "SSCC=UNKNOWN_FORMAT",
            "UPS=UNKNOWN_FORMAT",
            "FEDEX=UNKNOWN_FORMAT",
            "FNC1_ONLY=EMPTY");
  }

  @Test
  void linesAreJson() {
    ExpectedScan gsScan =
        BIG.stream().filter(e -> e.scan().contains("\u001D")).findFirst().orElseThrow();
    assertThat(ShiftJson.line(gsScan)).contains("\\u001D").startsWith("{\"seq\":");
  }

  @Test
  void refusesBadArguments() {
    assertThatThrownBy(() -> ShiftPlan.generate(1, ShiftMix.defaults(), 1, List.of("12")))
        .hasMessageContaining("'12' is not a Mailer ID");
    assertThatThrownBy(() -> ShiftMix.parse("valid=1,bogus=2")).hasMessageContaining("bogus");
    assertThatThrownBy(() -> ShiftMix.parse("valid=0")).hasMessageContaining("positive");
    assertThatThrownBy(() -> ShiftMix.parse("valid=-1")).hasMessageContaining("-1");
  }
}
