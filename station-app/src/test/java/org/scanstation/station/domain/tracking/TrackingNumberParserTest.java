package org.scanstation.station.domain.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingNumberParserTest {
  private static final String GS = "\u001D";

  /** USPS's published example: channel 94, STC 001, 6-digit Mailer ID 118992. */
  private static final String EXAMPLE = "9400111899223197428497";

  private final TrackingNumberParser parser = new TrackingNumberParser();

  private ValidScan valid(String raw) {
    ParseResult r = parser.parse(raw);
    assertThat(r).as("parse of '%s'", raw).isInstanceOf(ValidScan.class);
    return (ValidScan) r;
  }

  private Rejection rejected(String raw, RejectReason reason) {
    ParseResult r = parser.parse(raw);
    assertThat(r).as("parse of '%s'", raw).isInstanceOf(Rejection.class);
    Rejection rejection = (Rejection) r;
    assertThat(rejection.reason()).as("reason for '%s': %s", raw, r).isEqualTo(reason);
    assertThat(rejection.message()).isNotBlank();
    return rejection;
  }

  @Test
  void decodesThePublishedExample() {
    ValidScan scan = valid(EXAMPLE);
    TrackingNumber t = scan.trackingNumber();
    assertThat(t.digits()).isEqualTo(EXAMPLE);
    assertThat(t.format()).isEqualTo(TrackingFormat.IMPB_22);
    assertThat(t.channel()).isEqualTo("94");
    assertThat(t.serviceTypeCode()).isEqualTo("001");
    assertThat(t.mailerId()).isEqualTo("118992");
    assertThat(t.serial()).isEqualTo("2319742849");
    assertThat(t.checkDigit()).isEqualTo(7);
    assertThat(t.grouped()).isEqualTo("9400 1118 9922 3197 4284 97");
    assertThat(t.serviceName()).contains("USPS Ground Advantage");
    assertThat(scan.zip()).isEmpty();
  }

  @Test
  void decodesANineDigitMailerIdOnChannel92() {
    String n = Mod10.withCheckDigit("92055" + "912345671" + "2345678");
    TrackingNumber t = valid(n).trackingNumber();
    assertThat(t.channel()).isEqualTo("92");
    assertThat(t.serviceTypeCode()).isEqualTo("055");
    assertThat(t.mailerId()).isEqualTo("912345671");
    assertThat(t.serial()).isEqualTo("2345678");
    assertThat(t.serviceName()).contains("Priority Mail");
  }

  @Test
  void aCertifiedMailServiceTypeCodeHasADisplayNameAndAnUnknownCodeIsStillValid() {
    TrackingNumber certified =
        valid(Mod10.withCheckDigit("940711189922319742853")).trackingNumber();
    assertThat(certified.serviceName()).contains("First-Class Mail, Certified Mail");
    TrackingNumber unnamed = valid(Mod10.withCheckDigit("940721189922319742853")).trackingNumber();
    assertThat(unnamed.serviceTypeCode()).isEqualTo("072");
    assertThat(unnamed.serviceName()).isEmpty();
  }

  @Test
  void decodesTwentySixDigitImpb() {
    String n = Mod10.withCheckDigit("92701" + "901234567" + "89012345678");
    assertThat(n).hasSize(26);
    TrackingNumber t = valid(n).trackingNumber();
    assertThat(t.format()).isEqualTo(TrackingFormat.IMPB_26);
    assertThat(t.mailerId()).isEqualTo("901234567");
    assertThat(t.serial()).isEqualTo("89012345678");
  }

  @Test
  void acceptsLegacyTwentyDigitNumbersEitherReading() {
    // Check digit computed over the 20 digits alone...
    TrackingNumber plain = valid("03071790000523483741").trackingNumber();
    assertThat(plain.format()).isEqualTo(TrackingFormat.LEGACY_20);
    assertThat(plain.channel()).isNull();
    assertThat(plain.mailerId()).isEqualTo("071790000");
    // ...or with "91" prepended, as some older package identification codes were.
    String body = "7019014000001234567";
    String with91 = body + Mod10.checkDigit("91" + body);
    assertThat(Mod10.checkDigit(body)).isNotEqualTo(with91.charAt(19) - '0');
    assertThat(valid(with91).trackingNumber().digits()).isEqualTo(with91);
  }

  @Test
  void reportsTheExpectedCheckDigit() {
    Rejection r = rejected("9400111899223197428490", RejectReason.BAD_CHECK_DIGIT);
    assertThat(r.message()).isEqualTo("check digit should be 7, scanned 0");
  }

  @Test
  void catchesEverySingleDigitSubstitutionOfGeneratedNumbers() {
    Random random = new Random(20261124);
    int checked = 0;
    int otherReading = 0;
    for (int n = 0; n < 300; n++) {
      String number = randomValid(random, n % 3);
      assertThat(parser.parse(number).isValid()).as(number).isTrue();
      for (int i = 0; i < number.length(); i++) {
        for (char d = '0'; d <= '9'; d++) {
          if (d == number.charAt(i)) {
            continue;
          }
          String wrong = number.substring(0, i) + d + number.substring(i + 1);
          checked++;
          if (number.length() == 20 && passesTheOtherLegacyReading(number, wrong)) {
            otherReading++;
            continue;
          }
          assertThat(parser.parse(wrong).isValid()).as("%s -> %s", number, wrong).isFalse();
        }
      }
    }
    assertThat(checked).isGreaterThan(60_000);
    // Accepting both legacy readings costs some detection: only substitutions that land exactly
    // on the other reading pass, a small share of the legacy third of the numbers.
    assertThat(otherReading).isLessThan(checked / 20);
  }

  /**
   * Legacy numbers are valid under two check-digit readings (plain, or with "91" in front). A
   * single substitution always breaks the reading the original used; it passes only when it lands
   * on the other one.
   */
  private static boolean passesTheOtherLegacyReading(String original, String wrong) {
    return plainReading(original) ? reading91(wrong) : plainReading(wrong);
  }

  private static boolean plainReading(String n) {
    return Mod10.checkDigit(n, 0, 19) == n.charAt(19) - '0';
  }

  private static boolean reading91(String n) {
    return Mod10.checkDigit("91" + n.substring(0, 19)) == n.charAt(19) - '0';
  }

  private static String randomValid(Random random, int kind) {
    StringBuilder b = new StringBuilder();
    switch (kind) {
      case 0 ->
          b.append("9")
              .append("245".charAt(random.nextInt(3)))
              .append(digits(random, 3))
              .append("9");
      case 1 -> b.append("93").append(digits(random, 3)).append(random.nextInt(9));
      default -> b.append(1 + random.nextInt(8)).append(random.nextInt(10));
    }
    int length = kind == 2 ? 20 : (random.nextBoolean() ? 22 : 26);
    while (b.length() < length - 1) {
      b.append(random.nextInt(10));
    }
    return Mod10.withCheckDigit(b.toString());
  }

  private static String digits(Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(random.nextInt(10));
    }
    return b.toString();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        EXAMPLE,
        " " + EXAMPLE + " ",
        "\t" + EXAMPLE + "\r\n",
        "]C1" + EXAMPLE,
        "]c1" + EXAMPLE,
        "]d2" + EXAMPLE,
        GS + EXAMPLE,
        EXAMPLE + GS,
        "9400 1118 9922 3197 4284 97",
        "9400-1118-9922-3197-4284-97",
        "9400  1118 9922 3197 4284 97",
      })
  void acceptsEveryScannerAndTypedForm(String raw) {
    assertThat(valid(raw).trackingNumber().digits()).isEqualTo(EXAMPLE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "42010001" + GS + EXAMPLE,
        "]C142010001" + GS + EXAMPLE,
        "]C1" + GS + "42010001" + GS + EXAMPLE,
        "42010001" + EXAMPLE,
        "\r\n]C142010001" + GS + EXAMPLE + "\r\n",
      })
  void splitsOffTheRoutingZip(String raw) {
    ValidScan scan = valid(raw);
    assertThat(scan.trackingNumber().digits()).isEqualTo(EXAMPLE);
    assertThat(scan.zip()).map(RoutingZip::digits).contains("10001");
  }

  @Test
  void keepsZipPlusFourWithASeparator() {
    ValidScan scan = valid("420100011234" + GS + EXAMPLE);
    assertThat(scan.routingZip().formatted()).isEqualTo("10001-1234");
    assertThat(scan.routingZip().zip5()).isEqualTo("10001");
  }

  @Test
  void parsesZipsThatLookLikeChannelsByPosition() {
    // 92612 and 94043 start like IMpb channels: search-based parsers split them wrongly.
    for (String zip : new String[] {"92612", "94043", "93001", "95014"}) {
      ValidScan scan = valid("420" + zip + EXAMPLE);
      assertThat(scan.routingZip().digits()).isEqualTo(zip);
      assertThat(scan.trackingNumber().digits()).isEqualTo(EXAMPLE);
    }
  }

  @Test
  void readsZipPlusFourWithoutSeparatorWhenOnlyThatReadingPasses() {
    ValidScan scan = valid("420926121234" + EXAMPLE);
    assertThat(scan.routingZip().digits()).isEqualTo("926121234");
    assertThat(scan.trackingNumber().digits()).isEqualTo(EXAMPLE);
  }

  @Test
  void refusesARoutingPrefixThatReadsBothWays() {
    // 420 + ZIP+4 + 22 digits has the same length as 420 + ZIP + 26 digits: build a string where
    // both readings are valid numbers.
    String ambiguous = findAmbiguous();
    Rejection r = rejected(ambiguous, RejectReason.AMBIGUOUS_ROUTING);
    assertThat(r.message()).contains("ZIP+4");
    // With a GS after the ZIP the same digits are not ambiguous.
    assertThat(
            valid(ambiguous.substring(0, 12) + GS + ambiguous.substring(12)).routingZip().digits())
        .hasSize(9);
  }

  private String findAmbiguous() {
    // 420 10001 + ZIP+4 digits + EXAMPLE: find +4 digits that also start a valid 26-digit number.
    for (int i = 0; i < 10_000; i++) {
      String zip4 = String.format("%04d", i);
      String candidate = "42010001" + zip4 + EXAMPLE;
      if (parser.parse(candidate.substring(8)).isValid()) {
        return candidate;
      }
    }
    throw new AssertionError("no ambiguous example found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\r\n", "\t", GS, GS + GS, "]C1"})
  void refusesEmptyScans(String raw) {
    rejected(raw, RejectReason.EMPTY);
  }

  @Test
  void refusesNull() {
    rejected(null, RejectReason.EMPTY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9400111899223197428497x",
        "94001118992231974284\u0669\u0667", // Arabic-Indic digits
        "\uFF19400111899223197428497", // full-width 9
        "9400111899223197428497\u0000",
        "<script>alert(1)</script>",
        "9400 1118 9922 3197 4284 97 -",
        "9400\uFFFD1118",
        "-9400111899223197428497",
      })
  void refusesNonDigits(String raw) {
    rejected(raw, RejectReason.NON_DIGIT);
  }

  @Test
  void describesTheOffendingCharacterSafely() {
    Rejection r = rejected("94<script>", RejectReason.NON_DIGIT);
    assertThat(r.message())
        .isEqualTo("scan contains '<' (U+003C) at position 3; a tracking number is digits only");
    assertThat(rejected("94\u0000", RejectReason.NON_DIGIT).message())
        .contains("U+0000")
        .doesNotContain("\u0000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "940011189922319742849", "94001118992231974284977", "123456789012"})
  void refusesWrongLengths(String raw) {
    rejected(raw, RejectReason.WRONG_LENGTH);
  }

  @Test
  void refusesHostileInputQuickly() {
    rejected("9".repeat(10_240), RejectReason.WRONG_LENGTH);
    rejected("x".repeat(10_240), RejectReason.WRONG_LENGTH);
    byte[] invalidUtf8 = {(byte) 0xC3, (byte) 0x28, '9', '4'};
    rejected(new String(invalidUtf8, StandardCharsets.UTF_8), RejectReason.NON_DIGIT);
  }

  @Test
  void refusesNumbersOfOtherCarriersAndCartons() {
    // SSCC carton code: 20 digits starting 00, passing mod-10 by construction.
    String sscc = Mod10.withCheckDigit("0012345678901234567");
    assertThat(rejected(sscc, RejectReason.UNKNOWN_FORMAT).message()).contains("SSCC");
    // FedEx 96... 22 digits, even with a matching USPS check digit.
    String fedex = Mod10.withCheckDigit("961234567890123456789");
    assertThat(rejected(fedex, RejectReason.UNKNOWN_FORMAT).message()).contains("FedEx");
    assertThat(rejected("1Z999AA10123456784", RejectReason.UNKNOWN_FORMAT).message())
        .contains("UPS");
    rejected(Mod10.withCheckDigit("900011189922319742849"), RejectReason.UNKNOWN_FORMAT);
    rejected(Mod10.withCheckDigit("9100111899223197428495012"), RejectReason.UNKNOWN_FORMAT);
  }

  @Test
  void refusesAMailerIdThatDoesNotFitItsChannel() {
    // Channel 92 needs a 9-digit MID starting with 9; channel 93 a 6-digit one starting 0-8.
    rejected(Mod10.withCheckDigit("920011189922319742849"), RejectReason.UNKNOWN_FORMAT);
    rejected(Mod10.withCheckDigit("930019189922319742849"), RejectReason.UNKNOWN_FORMAT);
    valid(Mod10.withCheckDigit("930011189922319742849"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "42010001" + GS + GS + EXAMPLE,
        GS + GS + EXAMPLE,
        "]C1" + GS + GS + "42010001" + GS + EXAMPLE,
        EXAMPLE + GS + GS,
        "42010001" + GS + EXAMPLE + GS + GS,
        "42010001" + GS + GS + GS + EXAMPLE,
      })
  void refusesAnEmptyElementInsteadOfRepairingIt(String raw) {
    Rejection r = rejected(raw, RejectReason.MALFORMED_GS1);
    assertThat(r.message()).contains("empty data element").contains("report the label");
  }

  @Test
  void namesWhereTheEmptyElementIs() {
    assertThat(rejected("42010001" + GS + GS + EXAMPLE, RejectReason.MALFORMED_GS1).message())
        .contains("position 9");
  }

  @Test
  void refusesAFirstElementThatIsNotARoutingZip() {
    rejected("12345678" + GS + EXAMPLE, RejectReason.UNKNOWN_FORMAT);
    rejected("4201000" + GS + EXAMPLE, RejectReason.UNKNOWN_FORMAT);
    rejected("42010001" + GS + EXAMPLE + GS + "12", RejectReason.UNKNOWN_FORMAT);
  }

  @Test
  void reportsTheCheckDigitOfTheReadingBehindARoutingPrefix() {
    Rejection r = rejected("42010001" + "9400111899223197428490", RejectReason.BAD_CHECK_DIGIT);
    assertThat(r.message()).contains("should be 7");
  }
}
