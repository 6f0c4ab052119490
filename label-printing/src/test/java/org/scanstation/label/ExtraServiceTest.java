package org.scanstation.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtraServiceTest {

  @Test
  void everyExtraServiceHasItsImpbCodeAndAStableName() {
    assertThat(EnumSet.allOf(ExtraService.class))
        .extracting(ExtraService::code)
        .containsExactly("910", "911", "912", "913", "955", "957");
    assertThat(EnumSet.allOf(ExtraService.class))
        .extracting(ExtraService::id)
        .containsExactly(
            "certified",
            "certified-restricted-delivery",
            "certified-adult-signature",
            "certified-adult-signature-restricted-delivery",
            "return-receipt",
            "return-receipt-electronic");
    assertThat(ExtraService.CERTIFIED_ADULT_SIGNATURE.display())
        .isEqualTo("Certified Mail Adult Signature Required");
    assertThat(ExtraService.CERTIFIED.mark()).isEmpty();
    assertThat(ExtraService.RETURN_RECEIPT.mark()).isEqualTo("RETURN RECEIPT REQUESTED");
  }

  @Test
  void aListTakesCodesAndNamesInAnyCaseIgnoresBlanksAndComesOutSortedOnce() {
    assertThat(ExtraService.parseList("955;910"))
        .containsExactly(ExtraService.CERTIFIED, ExtraService.RETURN_RECEIPT);
    assertThat(ExtraService.parseList(" Certified ; ;RETURN-RECEIPT-ELECTRONIC;910;"))
        .containsExactly(ExtraService.CERTIFIED, ExtraService.RETURN_RECEIPT_ELECTRONIC);
    assertThat(ExtraService.parseList("")).isEmpty();
    assertThat(ExtraService.parseList(" ; ")).isEmpty();
    assertThatThrownBy(() -> ExtraService.parseList("").add(ExtraService.CERTIFIED))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aTokenThatIsNoExtraServiceIsNamedWithTheChoices() {
    assertThatThrownBy(() -> ExtraService.parseList("910;registered"))
        .isInstanceOf(LabelException.class)
        .hasMessage(
            "'registered' is not an extra service; use codes or names separated by ';': 910"
                + " certified, 911 certified-restricted-delivery, 912 certified-adult-signature,"
                + " 913 certified-adult-signature-restricted-delivery, 955 return-receipt, 957"
                + " return-receipt-electronic");
    // A comma is not the separator: the whole text is one unknown token, shown cleaned.
    assertThatThrownBy(() -> ExtraService.parseList("910,955"))
        .hasMessageStartingWith("'910,955' is not an extra service");
    assertThatThrownBy(() -> ExtraService.parseList("^XZ\u0000"))
        .hasMessageStartingWith("'^XZ' is not an extra service");
  }

  @Test
  void twoKindsOfCertifiedMailCannotGoTogether() {
    assertThat(
            ExtraService.problems(
                MailService.PRIORITY_MAIL,
                List.of(ExtraService.CERTIFIED, ExtraService.CERTIFIED_ADULT_SIGNATURE)))
        .containsExactly(
            "Certified Mail 910 and 912 cannot go together: a piece has one kind of Certified"
                + " Mail, choose one of 910, 911, 912, 913");
  }

  @Test
  void twoReturnReceiptsCannotGoTogether() {
    assertThat(
            ExtraService.problems(
                MailService.FIRST_CLASS_MAIL,
                List.of(
                    ExtraService.CERTIFIED,
                    ExtraService.RETURN_RECEIPT,
                    ExtraService.RETURN_RECEIPT_ELECTRONIC)))
        .containsExactly(
            "return receipt 955 and 957 cannot go together: choose hardcopy (955) or electronic"
                + " (957)");
  }

  @Test
  void aReturnReceiptNeedsAccountableMail() {
    assertThat(
            ExtraService.problems(
                MailService.GROUND_ADVANTAGE, List.of(ExtraService.RETURN_RECEIPT_ELECTRONIC)))
        .containsExactly(
            "return receipt (957) needs accountable mail: add Certified Mail (910-913) or ship"
                + " priority-mail-express");
    assertThat(
            ExtraService.problems(
                MailService.PRIORITY_MAIL_EXPRESS, List.of(ExtraService.RETURN_RECEIPT)))
        .isEmpty();
    assertThat(
            ExtraService.problems(
                MailService.GROUND_ADVANTAGE,
                List.of(ExtraService.CERTIFIED_RESTRICTED_DELIVERY, ExtraService.RETURN_RECEIPT)))
        .isEmpty();
  }

  @Test
  void certifiedMailIsSoldOnlyOnTheClassesThatOfferIt() {
    assertThat(
            ExtraService.problems(
                MailService.PRIORITY_MAIL_EXPRESS, List.of(ExtraService.CERTIFIED)))
        .containsExactly(
            "Certified Mail (910) is not sold with priority-mail-express; use first-class-mail,"
                + " priority-mail or ground-advantage");
    for (MailService s :
        List.of(
            MailService.FIRST_CLASS_MAIL,
            MailService.PRIORITY_MAIL,
            MailService.GROUND_ADVANTAGE)) {
      assertThat(ExtraService.problems(s, List.of(ExtraService.CERTIFIED))).as("%s", s).isEmpty();
    }
  }

  @Test
  void everyProblemOfACombinationIsSaid() {
    assertThat(
            ExtraService.problems(
                MailService.PRIORITY_MAIL_EXPRESS, EnumSet.allOf(ExtraService.class)))
        .hasSize(3);
    assertThat(ExtraService.problems(MailService.PRIORITY_MAIL, List.of())).isEmpty();
  }

  @Test
  void accountableMeansCertifiedOrPriorityMailExpress() {
    assertThat(ExtraService.accountable(MailService.PRIORITY_MAIL, List.of())).isFalse();
    assertThat(
            ExtraService.accountable(
                MailService.FIRST_CLASS_MAIL, List.of(ExtraService.CERTIFIED_ADULT_SIGNATURE)))
        .isTrue();
    assertThat(ExtraService.accountable(MailService.PRIORITY_MAIL_EXPRESS, List.of())).isTrue();
    assertThat(
            ExtraService.accountable(
                MailService.PRIORITY_MAIL_EXPRESS, List.of(ExtraService.RETURN_RECEIPT)))
        .isTrue();
  }

  @Test
  void storedCodesAreSortedAndJoinedBySemicolons() {
    assertThat(ExtraService.codes(List.of(ExtraService.RETURN_RECEIPT, ExtraService.CERTIFIED)))
        .isEqualTo("910;955");
    assertThat(ExtraService.codes(List.of())).isEmpty();
  }
}
