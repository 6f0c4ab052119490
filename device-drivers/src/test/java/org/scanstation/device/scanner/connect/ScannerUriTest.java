package org.scanstation.device.scanner.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.scanstation.device.DeviceException;
import org.scanstation.device.scanner.Framing;
import org.scanstation.device.scanner.Terminator;
import org.scanstation.device.serial.SerialSettings;

class ScannerUriTest {

  @Test
  void readsASerialUriWithLineSettingsAndFraming() {
    SerialScannerUri u =
        (SerialScannerUri)
            ScannerUri.parse(
                "serial:/dev/ttyACM0?baud=115200&parity=even&suffix=crlf&max=64"
                    + "&strip-prefix=%02&strip-suffix=%03&flush=false");
    assertThat(u.path()).isEqualTo("/dev/ttyACM0");
    assertThat(u.settings().baud()).isEqualTo(115200);
    assertThat(u.settings().parity()).isEqualTo(SerialSettings.Parity.EVEN);
    assertThat(u.framing())
        .isEqualTo(new Framing(Terminator.CRLF, Duration.ofMillis(50), "\u0002", "\u0003", 64));
    assertThat(u.flushOnOpen()).isFalse();
  }

  @Test
  void serialDefaultsTo9600CrAndFlushes() {
    SerialScannerUri u = (SerialScannerUri) ScannerUri.parse("serial:///dev/ttyUSB0");
    assertThat(u.path()).isEqualTo("/dev/ttyUSB0");
    assertThat(u.settings()).isEqualTo(SerialSettings.DEFAULT);
    assertThat(u.framing()).isEqualTo(Framing.DEFAULT);
    assertThat(u.flushOnOpen()).isTrue();
    assertThat(((SerialScannerUri) ScannerUri.parse("serial:COM3")).path()).isEqualTo("COM3");
  }

  @Test
  void readsNoSuffixWithItsGap() {
    SerialScannerUri u = (SerialScannerUri) ScannerUri.parse("serial:/dev/x?suffix=NONE&gap=80ms");
    assertThat(u.framing().terminator()).isEqualTo(Terminator.NONE);
    assertThat(u.framing().gap()).isEqualTo(Duration.ofMillis(80));
    assertThat(u.framing().readTimeout()).isEqualTo(Duration.ofMillis(40));
  }

  @Test
  void readsTcpUris() {
    TcpScannerUri u = (TcpScannerUri) ScannerUri.parse("tcp://nport-3.local:4001?suffix=LF");
    assertThat(u.host()).isEqualTo("nport-3.local");
    assertThat(u.port()).isEqualTo(4001);
    assertThat(u.framing().terminator()).isEqualTo(Terminator.LF);
    assertThat(((TcpScannerUri) ScannerUri.parse("tcp://[::1]:4001")).host()).isEqualTo("::1");
  }

  @Test
  void readsUsbUris() {
    UsbScannerUri u = (UsbScannerUri) ScannerUri.parse("usb:05E0:1200?interface=1&usage-page=0x8c");
    assertThat(u.vendorId()).isEqualTo(0x05E0);
    assertThat(u.productId()).isEqualTo(0x1200);
    assertThat(u.interfaceNumber()).isEqualTo(OptionalInt.of(1));
    assertThat(u.usagePage()).isEqualTo(OptionalInt.of(0x8C));
    assertThat(u.maxFrameBytes()).isEqualTo(512);
    UsbScannerUri plain = (UsbScannerUri) ScannerUri.parse("usb:0c2e:0b61");
    assertThat(plain.interfaceNumber()).isEmpty();
    assertThat(plain.usagePage()).isEmpty();
  }

  @Test
  void badUrisNameTheUriTheProblemAndTheFormsThatWork() {
    assertBad("ttyACM0", "it has no scheme");
    assertBad("http://x:1", "scheme 'http' is not serial, tcp or usb");
    assertBad("serial:", "path is missing");
    assertBad("serial:/dev/x?baud=fast", "baud=fast is not a number");
    assertBad("serial:/dev/x?suffix=ETX", "suffix=ETX is not CR, LF, CRLF or NONE");
    assertBad("serial:/dev/x?sufix=CR", "unknown parameter 'sufix'");
    assertBad("serial:/dev/x?suffix=CR&suffix=LF", "given twice");
    assertBad("serial:/dev/x?max=0", "max frame 0 bytes");
    assertBad("serial:/dev/x?gap=soon", "gap=soon is not a duration");
    assertBad("tcp://host", "tcp needs a host and a port");
    assertBad("tcp://host:4001/path", "tcp takes no path");
    assertBad("tcp://host:4001?baud=9600", "unknown parameter 'baud'");
    assertBad("usb:5e0:1200", "4 hex digits");
    assertBad("usb:05e0:1200?usage-page=0x0c", "usage-page must be 0x8c");
    assertBad("usb:05e0:1200?interface=300", "interface=300 is not 0-255");
  }

  @Test
  void aRepeatedParameterIsAnErrorNamingIt() {
    assertBad("tcp://host:4001?gap=50ms&suffix=NONE&gap=80ms", "parameter 'gap' is given twice");
    assertBad("usb:05e0:1200?interface=0&interface=1", "parameter 'interface' is given twice");
  }

  @Test
  void gapsTakeTheStationsOneDurationFormat() {
    assertThat(gap("1.5s")).isEqualTo(Duration.ofMillis(1500));
    assertThat(gap("PT0.2S")).isEqualTo(Duration.ofMillis(200));
    assertBad("serial:/dev/x?suffix=NONE&gap=80", "gap=80 is not a duration; write 250ms");
  }

  @Test
  void aPlusInAValueIsAPlus() {
    SerialScannerUri u = (SerialScannerUri) ScannerUri.parse("serial:/dev/x?strip-prefix=+");
    assertThat(u.framing().stripPrefix()).isEqualTo("+");
  }

  private static Duration gap(String text) {
    return ((SerialScannerUri) ScannerUri.parse("serial:/dev/x?suffix=NONE&gap=" + text))
        .framing()
        .gap();
  }

  private static void assertBad(String uri, String problem) {
    assertThatThrownBy(() -> ScannerUri.parse(uri))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("scanner URI '" + uri + "'")
        .hasMessageContaining(problem)
        .hasMessageContaining("tcp://host:4001");
  }
}
