package org.scanstation.station.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scanstation.station.config.ConfigException;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.tracking.TrackingNumber;
import org.scanstation.station.domain.tracking.TrackingNumberParser;
import org.scanstation.station.domain.tracking.ValidScan;

class OwnMidsTest {
  /** Channel 94, service 001, Mailer ID 118992 (6 digits). */
  private static final String SIX = "9400111899223197428497";

  private static TrackingNumber parsed(String digits) {
    return ((ValidScan) new TrackingNumberParser().parse(digits)).trackingNumber();
  }

  @Test
  void ownsTheParcelsWhoseMailerIdTheParserReadsAsOneOfItsOwn() {
    OwnMids mids = OwnMids.parse(" 118992 , 987654321");
    assertThat(mids.owns(parsed(SIX))).isTrue();
    assertThat(mids.owns(SIX)).isTrue();
    assertThat(OwnMids.parse("987654321").owns(SIX)).isFalse();
    assertThat(mids.toString()).isEqualTo("118992,987654321");
  }

  @Test
  void aNumberThatIsNotValidIsOwnedByNobody() {
    OwnMids mids = OwnMids.parse("118992");
    assertThat(mids.owns("9400111899223197428490")).isFalse(); // bad check digit
    assertThat(mids.owns("118992")).isFalse();
    assertThat(mids.owns("")).isFalse();
  }

  @Test
  void emptyMeansTheUspsReadBackIsOff() {
    assertThat(OwnMids.parse("").isEmpty()).isTrue();
    assertThat(OwnMids.parse(null).isEmpty()).isTrue();
    assertThat(OwnMids.parse(" ").owns(SIX)).isFalse();
    assertThat(OwnMids.from(StationConfig.load(null, Map.of())).isEmpty()).isTrue();
  }

  @Test
  void aBadEntryIsRefusedNamingIt() {
    assertThatThrownBy(() -> OwnMids.parse("118992,12345"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'12345'");
    assertThatThrownBy(() -> OwnMids.parse("918992"))
        .hasMessageContaining("'918992'"); // 6 digits may not start with 9
  }

  @Test
  void aBadEntryInTheConfigurationStopsTheLoadNamingKeyAndEntry() {
    assertThatThrownBy(
            () ->
                StationConfig.load(
                    null, Map.of("STATION_TRACKING_USPS_OWN_MIDS", "118992,98765432x")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("tracking.usps.own-mids")
        .hasMessageContaining("'98765432x'");
    StationConfig ok = StationConfig.load(null, Map.of("STATION_TRACKING_USPS_OWN_MIDS", "118992"));
    assertThat(OwnMids.from(ok).owns(SIX)).isTrue();
  }
}
