package org.scanstation.station.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.domain.tracking.ParseResult;
import org.scanstation.station.domain.tracking.RejectReason;
import org.scanstation.station.domain.tracking.Rejection;
import org.scanstation.station.domain.tracking.TrackingNumberParser;
import org.scanstation.station.domain.tracking.ValidScan;

class MailerIdAllowListTest {
  private final TrackingNumberParser parser = new TrackingNumberParser();
  private final ParseResult sixDigitMid = parser.parse("9400111899223197428497"); // MID 118992
  private final ParseResult nineDigitMid =
      parser.parse(Mod10.withCheckDigit("92055" + "912345671" + "2345678")); // MID 912345671

  @Test
  void allowsListedMailerIdsAndRefusesOthers() {
    MailerIdAllowList list = MailerIdAllowList.parse("118992, 912345671");
    assertThat(list.apply(sixDigitMid)).isInstanceOf(ValidScan.class);
    assertThat(list.apply(nineDigitMid)).isInstanceOf(ValidScan.class);

    MailerIdAllowList only = MailerIdAllowList.of(List.of("912345671"));
    ParseResult refused = only.apply(sixDigitMid);
    assertThat(refused).isInstanceOf(Rejection.class);
    assertThat(((Rejection) refused).reason()).isEqualTo(RejectReason.MAILER_ID_NOT_ALLOWED);
    assertThat(((Rejection) refused).message()).contains("118992");
  }

  @Test
  void anEmptyListAllowsEveryMailer() {
    assertThat(MailerIdAllowList.parse("").restricts()).isFalse();
    assertThat(MailerIdAllowList.parse(null).apply(sixDigitMid)).isSameAs(sixDigitMid);
  }

  @Test
  void passesRejectionsThrough() {
    ParseResult bad = parser.parse("not a number");
    assertThat(MailerIdAllowList.parse("118992").apply(bad)).isSameAs(bad);
  }

  @Test
  void refusesEntriesThatAreNotMailerIds() {
    for (String bad : new String[] {"12345", "812345678", "912345", "abc123", "1189920"}) {
      assertThatThrownBy(() -> MailerIdAllowList.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not a Mailer ID");
    }
  }
}
