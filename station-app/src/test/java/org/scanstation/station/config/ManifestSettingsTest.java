package org.scanstation.station.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scanstation.station.StationException;

/** The station's day and the manifest's origin ZIP are parsed at load, and a bad one stops it. */
class ManifestSettingsTest {

  @Test
  void theDayIsUtcAndTheOriginZipEmptyUnlessSet() {
    StationConfig c = StationConfig.load(null, Map.of());
    assertThat(c.as(Setting.STATION_TIME_ZONE, ZoneId.class)).isEqualTo(ZoneId.of("UTC"));
    assertThat(c.as(Setting.MANIFEST_ORIGIN_ZIP, Optional.class)).isEmpty();
    StationConfig set =
        StationConfig.load(
            null,
            Map.of(
                "STATION_STATION_TIME_ZONE", "America/Chicago",
                "STATION_MANIFEST_ORIGIN_ZIP", "60601"));
    assertThat(set.as(Setting.STATION_TIME_ZONE, ZoneId.class))
        .isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(set.as(Setting.MANIFEST_ORIGIN_ZIP, Optional.class)).contains("60601");
  }

  @Test
  void anUnknownZoneOrAZipThatIsNotFiveDigitsNamesTheKeyAndTheAllowedForm() {
    assertThatThrownBy(
            () -> StationConfig.load(null, Map.of("STATION_STATION_TIME_ZONE", "Mars/Olympus")))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("station.time-zone")
        .hasMessageContaining("Mars/Olympus")
        .hasMessageContaining("America/Chicago");
    for (String bad : new String[] {"1234", "123456", "1234a", "10001-1234"}) {
      assertThatThrownBy(() -> StationConfig.load(null, Map.of("STATION_MANIFEST_ORIGIN_ZIP", bad)))
          .as(bad)
          .isInstanceOf(StationException.class)
          .hasMessageContaining("manifest.origin-zip")
          .hasMessageContaining("5-digit");
    }
  }
}
