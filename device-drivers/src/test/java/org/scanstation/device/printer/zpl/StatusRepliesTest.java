package org.scanstation.device.printer.zpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scanstation.device.DeviceException;

/** The ~HS, ~HQES and ~HQOD parsers on replies in the formats Zebra printers send. */
class StatusRepliesTest {
  private static final String STX = "\u0002";
  private static final String ETX = "\u0003";

  private static String hs(String one, String two) {
    return STX + one + ETX + "\r\n" + STX + two + ETX + "\r\n" + STX + "1234,0" + ETX + "\r\n";
  }

  @Test
  void readsTheGuidesIdleReply() {
    HostStatusReply r =
        HostStatusReply.parse(
            hs("030,0,0,0245,000,0,0,0,000,0,0,0", "001,0,0,0,1,2,4,0,00000000,1,000"));
    assertThat(r)
        .isEqualTo(
            new HostStatusReply(false, false, 0, false, false, false, false, false, false, 0));
  }

  @Test
  void readsEveryFlagAndCount() {
    HostStatusReply r =
        HostStatusReply.parse(
            hs("030,1,1,1218,012,1,0,1,000,0,0,1", "000,0,1,1,0,2,0,1,00000034,1,000"));
    assertThat(r)
        .isEqualTo(new HostStatusReply(true, true, 12, true, true, true, true, true, true, 34));
  }

  @Test
  void acceptsALetterForThePrintModeAndIgnoresLineNoise() {
    HostStatusReply r =
        HostStatusReply.parse(
            "\r\n" + hs("030,0,0,1218,001,0,0,0,000,0,0,0", "000,0,0,0,0,K,0,0,00000002,1,000"));
    assertThat(r.formatsInBuffer()).isEqualTo(1);
    assertThat(r.labelsRemaining()).isEqualTo(2);
  }

  @Test
  void refusesWhatIsNotAHostStatusReply() {
    assertThatThrownBy(() -> HostStatusReply.parse("OK\r\n"))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("unreadable ~HS reply")
        .hasMessageContaining("'OK\\r\\n'");
    assertThatThrownBy(() -> HostStatusReply.parse(hs("030,0,0", "000,0")))
        .hasMessageContaining("comma-separated fields");
    assertThatThrownBy(
            () ->
                HostStatusReply.parse(
                    hs("030,x,0,1218,000,0,0,0,000,0,0,0", "000,0,0,0,0,2,0,0,00000000,1,000")))
        .hasMessageContaining("not a number");
  }

  @Test
  void readsExtendedStatusErrorBits() {
    String reply =
        STX
            + "\r\n\r\n  PRINTER STATUS\r\n"
            + "   ERRORS:         1 00000000 0000000D\r\n"
            + "   WARNINGS:       1 00000000 00000002\r\n"
            + ETX;
    ExtendedStatusReply r = ExtendedStatusReply.parse(reply);
    assertThat(r.has(ExtendedStatusReply.MEDIA_OUT)).isTrue();
    assertThat(r.has(ExtendedStatusReply.HEAD_OPEN)).isTrue();
    assertThat(r.has(ExtendedStatusReply.RIBBON_OUT)).isFalse();
    assertThat(r.otherErrors()).containsExactly("cutter fault");
    assertThat(r.warnings()).isEqualTo(2);
  }

  @Test
  void namesErrorsWithoutAStateOfTheirOwn() {
    ExtendedStatusReply r =
        ExtendedStatusReply.parse("ERRORS: 1 00000001 00010310\r\nWARNINGS: 0 00000000 00000000");
    assertThat(r.otherErrors())
        .containsExactly(
            "printhead over temperature",
            "invalid firmware configuration",
            "printhead thermistor open",
            "error bit 0x100000000");
    assertThat(r.has(ExtendedStatusReply.PAUSED)).isTrue();
    assertThatThrownBy(() -> ExtendedStatusReply.parse(STX + "PRINTER STATUS" + ETX))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("no ERRORS line");
  }

  @Test
  void readsTheOdometerInInchesAndCentimetres() {
    String inches =
        STX
            + "\r\n\r\n  PRINT METERS\r\n"
            + "   TOTAL NONRESETTABLE:           8560 \"\r\n"
            + "   USER RESETTABLE CNTR1:            9 \"\r\n"
            + "   USER RESETTABLE CNTR2:         8560 \"\r\n"
            + ETX;
    assertThat(OdometerReply.total(inches)).isEqualTo(8560);
    assertThat(OdometerReply.total("PRINT METERS\nTOTAL NONRESETTABLE:    21744 cm\n"))
        .isEqualTo(21744);
    assertThatThrownBy(() -> OdometerReply.total(STX + "PRINT METERS" + ETX))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("~HQOD");
  }

  @Test
  void findsTheHostStatusBehindALateReplyToAnEarlierQuery() {
    String late = STX + "\r\n  PRINT METERS\r\n TOTAL NONRESETTABLE: 6 \"" + ETX;
    String reply =
        late + hs("030,1,0,1218,000,0,0,0,000,0,0,0", "000,0,0,0,0,2,0,0,00000000,1,000");
    assertThat(StatusQueries.HOST_STATUS_DONE.test(reply)).isTrue();
    assertThat(StatusQueries.HOST_STATUS_DONE.test(late)).isFalse();
    assertThat(HostStatusReply.parse(StatusQueries.lastHostStatus(reply)).paperOut()).isTrue();
  }
}
