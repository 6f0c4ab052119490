package org.scanstation.device.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scanstation.device.DeviceException;

class SerialSettingsTest {

  @Test
  void defaultsTo9600EightNoneOne() {
    SerialSettings s = SerialSettings.fromQuery(Map.of("suffix", "CR"));
    assertThat(s).isEqualTo(SerialSettings.DEFAULT);
    assertThat(s.baud()).isEqualTo(9600);
    assertThat(s.dataBits()).isEqualTo(8);
    assertThat(s.parity()).isEqualTo(SerialSettings.Parity.NONE);
    assertThat(s.stopBits()).isEqualTo(SerialSettings.StopBits.ONE);
  }

  @Test
  void readsUriQueryParameters() {
    SerialSettings s =
        SerialSettings.fromQuery(
            Map.of(
                "baud",
                "115200",
                "databits",
                "7",
                "parity",
                "even",
                "stopbits",
                "2",
                "flow",
                "rts-cts"));
    assertThat(s.baud()).isEqualTo(115200);
    assertThat(s.dataBits()).isEqualTo(7);
    assertThat(s.parity()).isEqualTo(SerialSettings.Parity.EVEN);
    assertThat(s.stopBits()).isEqualTo(SerialSettings.StopBits.TWO);
    assertThat(s.flowControl()).isEqualTo(SerialSettings.FlowControl.RTS_CTS);
    assertThat(SerialSettings.fromQuery(Map.of("stopbits", "1.5")).stopBits())
        .isEqualTo(SerialSettings.StopBits.ONE_POINT_FIVE);
  }

  @Test
  void namesTheParameterThatIsWrong() {
    assertThatThrownBy(() -> SerialSettings.fromQuery(Map.of("baud", "fast")))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("baud=fast");
    assertThatThrownBy(() -> SerialSettings.fromQuery(Map.of("parity", "maybe")))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("parity=maybe");
    assertThatThrownBy(() -> SerialSettings.fromQuery(Map.of("databits", "9")))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("data bits 9");
  }
}
