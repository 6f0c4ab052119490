package org.scanstation.station.domain.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StationScanTest {
  private static final Instant AT = Instant.parse("2026-11-24T10:15:30Z");

  @Test
  void keepsTheSymbologyTheTransportReported() {
    assertThat(new Scan("42010001", "usb-1", AT, "]C1").symbology()).isEqualTo("]C1");
  }

  @Test
  void anEmptySymbologyAsTheDriversReportNoneIsNull() {
    assertThat(new Scan("42010001", "usb-1", AT, "").symbology()).isNull();
    assertThat(new Scan("42010001", "page", AT).symbology()).isNull();
  }

  @Test
  void aSymbologyThatIsNoAimIdentifierIsRefused() {
    // It goes into a VARCHAR(3) column and onto the pages: nothing longer or unprintable.
    assertThatThrownBy(() -> new Scan("1", "usb-1", AT, "]C1<script>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("]C1");
    assertThatThrownBy(() -> new Scan("1", "usb-1", AT, "]\nC"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tellsAnAimIdentifierFromOtherText() {
    assertThat(Scan.isAim("]d2")).isTrue();
    assertThat(Scan.isAim("]d")).isFalse();
    assertThat(Scan.isAim(" C1")).isFalse();
    assertThat(Scan.isAim(null)).isFalse();
  }
}
