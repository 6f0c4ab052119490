package org.scanstation.device.printer.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.LabelPrinter;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.printer.PrinterOptions;
import org.scanstation.device.printer.stream.StreamPrinter;

class PrinterUriTest {

  @Test
  void readsEveryKind() {
    assertThat(PrinterUri.parse("tcp://10.0.0.7:9100"))
        .extracting(PrinterUri::scheme, PrinterUri::target, PrinterUri::port)
        .containsExactly("tcp", "10.0.0.7", 9100);
    assertThat(PrinterUri.parse("tcp://zebra.dock").port()).isEqualTo(9100);
    assertThat(PrinterUri.parse("tcp://[::1]:6101").target()).isEqualTo("[::1]");
    PrinterUri serial = PrinterUri.parse("serial:/dev/ttyUSB0?baud=115200&parity=even");
    assertThat(serial.target()).isEqualTo("/dev/ttyUSB0");
    assertThat(serial.query()).isEqualTo(Map.of("baud", "115200", "parity", "even"));
    assertThat(PrinterUri.parse("serial:///dev/ttyS1").target()).isEqualTo("/dev/ttyS1");
    PrinterUri usb = PrinterUri.parse("usb:0A5F:0164");
    assertThat(usb.usbVendor()).isEqualTo(0x0a5f);
    assertThat(usb.usbProduct()).isEqualTo(0x0164);
    assertThat(PrinterUri.parse("usb:").usbVendor()).isEqualTo(-1);
    assertThat(PrinterUri.parse("cups:Zebra_ZD420").target()).isEqualTo("Zebra_ZD420");
  }

  @Test
  void tellsIdsFromUris() {
    assertThat(PrinterUri.looksLikeUri("printer-1")).isFalse();
    assertThat(PrinterUri.looksLikeUri("tcp://h:9100")).isTrue();
    assertThat(PrinterUri.looksLikeUri("CUPS:q")).isTrue();
    assertThat(PrinterUri.looksLikeUri("dock:3")).isFalse();
    assertThat(PrinterUri.looksLikeUri(null)).isFalse();
  }

  @Test
  void explainsWhatIsWrongAndShowsTheFormsThatWork() {
    assertThatThrownBy(() -> PrinterUri.parse("tcp://:9100"))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("printer URI 'tcp://:9100': no host")
        .hasMessageContaining("serial:/dev/ttyUSB0?baud=9600");
    assertThatThrownBy(() -> PrinterUri.parse("lpd://printer/queue"))
        .hasMessageContaining("unknown kind of printer");
    assertThatThrownBy(() -> PrinterUri.parse("serial:")).hasMessageContaining("no port path");
    assertThatThrownBy(() -> PrinterUri.parse("usb:zebra")).hasMessageContaining("usb:VID:PID");
    assertThatThrownBy(() -> PrinterUri.parse("cups:my queue")).hasMessageContaining("cups:QUEUE");
    assertThatThrownBy(() -> PrinterUri.parse("tcp://h:9100/path")).hasMessageContaining("no path");
  }

  @Test
  void anUnknownParameterIsAnErrorNamingIt() {
    assertThatThrownBy(() -> PrinterUri.parse("serial:/dev/ttyUSB0?baud=9600&bawd=19200"))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("printer URI 'serial:/dev/ttyUSB0?baud=9600&bawd=19200'")
        .hasMessageContaining("unknown parameter 'bawd'")
        .hasMessageContaining(
            "baud, darkness, databits, flow, lang, max-busy, parity, speed, stopbits");
    assertThatThrownBy(() -> PrinterUri.parse("tcp://10.0.0.7:9100?timeout=5s"))
        .hasMessageContaining("unknown parameter 'timeout'; allowed: darkness, lang, speed");
    assertThatThrownBy(() -> PrinterUri.parse("cups:zebra?copies=2"))
        .hasMessageContaining("unknown parameter 'copies'");
    assertThatThrownBy(() -> PrinterUri.parse("usb:0a5f:0164?interface=1"))
        .hasMessageContaining("unknown parameter 'interface'");
  }

  @Test
  void aRepeatedParameterIsAnErrorNamingIt() {
    assertThatThrownBy(() -> PrinterUri.parse("serial:/dev/ttyUSB0?baud=9600&baud=115200"))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("parameter 'baud' is given twice")
        .hasMessageContaining("serial:/dev/ttyUSB0?baud=9600");
  }

  @Test
  void aPlusIsAPlusNotASpace() {
    assertThat(PrinterUri.parse("cups:zebra+dock").target()).isEqualTo("zebra+dock");
    try (LabelPrinter p =
        Printers.open("c", "cups:zebra+dock", PrinterOptions.DEFAULTS, Clock.systemUTC())) {
      assertThat(p.address()).isEqualTo("CUPS queue zebra+dock");
    }
    assertThat(PrinterUri.parse("serial:/dev/ttyUSB0?parity=e+ven").query())
        .containsEntry("parity", "e+ven");
  }

  @Test
  void makesThePrinterWithoutTouchingIt() {
    Clock clock = Clock.systemUTC();
    try (LabelPrinter p =
        Printers.open("p", "tcp://192.0.2.1:9100", PrinterOptions.DEFAULTS, clock)) {
      assertThat(p).isInstanceOf(StreamPrinter.class);
      assertThat(p.address()).isEqualTo("192.0.2.1:9100");
    }
    try (LabelPrinter p = Printers.open("c", "cups:zebra", PrinterOptions.DEFAULTS, clock)) {
      assertThat(p.address()).isEqualTo("CUPS queue zebra");
    }
    assertThatThrownBy(
            () -> Printers.open("s", "serial:/dev/x?baud=fast", PrinterOptions.DEFAULTS, clock))
        .hasMessageContaining("baud=fast");
  }

  @Test
  void everyKindOfPrinterTakesItsLanguageAndZplIsTheDefault() {
    assertThat(PrinterUri.parse("tcp://10.0.0.7:9100?lang=tspl").language())
        .isEqualTo(PrinterLanguage.TSPL);
    assertThat(PrinterUri.parse("serial:/dev/ttyUSB0?baud=9600&lang=EPL").language())
        .isEqualTo(PrinterLanguage.EPL);
    assertThat(PrinterUri.parse("usb:0a5f:0164?lang=tspl").usbProduct()).isEqualTo(0x0164);
    assertThat(PrinterUri.parse("usb:?lang=epl").language()).isEqualTo(PrinterLanguage.EPL);
    assertThat(PrinterUri.parse("cups:rollo?lang=tspl").target()).isEqualTo("rollo");
    assertThat(PrinterUri.parse("tcp://10.0.0.7").language()).isEqualTo(PrinterLanguage.ZPL);
    assertThat(PrinterUri.parse("serial:/dev/ttyUSB0?lang=zpl").language())
        .isEqualTo(PrinterLanguage.ZPL);
  }

  @Test
  void aRasterPrinterTakesItsDarknessAndSpeedAndLeavesTheRestToTheRenderer() {
    HeadSettings tcp =
        PrinterUri.parse("tcp://10.0.0.7?lang=tspl&darkness=12&speed=2").headSettings();
    assertThat(tcp.darkness()).hasValue(12);
    assertThat(tcp.speed()).hasValue(2);
    HeadSettings serial =
        PrinterUri.parse("serial:/dev/ttyUSB0?baud=115200&lang=epl&darkness=0").headSettings();
    assertThat(serial.darkness()).hasValue(0);
    assertThat(serial.speed()).isEmpty();
    assertThat(PrinterUri.parse("cups:rollo?lang=tspl&speed=6").headSettings().speed()).hasValue(6);
    assertThat(PrinterUri.parse("usb:?lang=tspl").headSettings()).isEqualTo(HeadSettings.UNSET);
    assertThat(PrinterUri.parse("tcp://10.0.0.7").headSettings()).isEqualTo(HeadSettings.UNSET);
  }

  @Test
  void aDarknessOrSpeedOutOfRangeIsAnErrorNamingTheRange() {
    assertThatThrownBy(() -> PrinterUri.parse("tcp://h?lang=tspl&darkness=16"))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("printer URI 'tcp://h?lang=tspl&darkness=16'")
        .hasMessageContaining("'darkness' is 16, out of range; use 0 (lightest) to 15 (darkest)");
    assertThatThrownBy(() -> PrinterUri.parse("tcp://h?lang=epl&darkness=-1"))
        .hasMessageContaining("'darkness' is -1");
    assertThatThrownBy(() -> PrinterUri.parse("cups:q?lang=epl&speed=0"))
        .hasMessageContaining("'speed' is 0, out of range; use 1 to 6");
    assertThatThrownBy(() -> PrinterUri.parse("usb:?lang=tspl&speed=7"))
        .hasMessageContaining("'speed' is 7");
    assertThatThrownBy(() -> PrinterUri.parse("tcp://h?lang=tspl&speed=fast"))
        .hasMessageContaining("parameter 'speed' must be a whole number, got 'fast'");
  }

  @Test
  void aSerialPrinterMayLetABitmapJobHoldItsLineLonger() {
    assertThat(PrinterUri.parse("serial:/dev/ttyUSB0?baud=115200&max-busy=30s").maxBusy())
        .contains(java.time.Duration.ofSeconds(30));
    assertThat(PrinterUri.parse("serial:/dev/ttyUSB0").maxBusy()).isEmpty();
    assertThatThrownBy(() -> PrinterUri.parse("serial:/dev/ttyUSB0?max-busy=0s"))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("parameter 'max-busy'")
        .hasMessageContaining("longer than zero");
    assertThatThrownBy(() -> PrinterUri.parse("serial:/dev/ttyUSB0?max-busy=soon"))
        .hasMessageContaining("parameter 'max-busy'");
    assertThatThrownBy(() -> PrinterUri.parse("tcp://h?max-busy=30s"))
        .hasMessageContaining("unknown parameter 'max-busy'");
  }

  @Test
  void aZplPrinterRefusesDarknessAndSpeedRatherThanIgnoringThem() {
    assertThatThrownBy(() -> PrinterUri.parse("tcp://zebra?darkness=10"))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("darkness and speed are sent with TSPL and EPL2 labels only")
        .hasMessageContaining("~SD");
    assertThatThrownBy(() -> PrinterUri.parse("serial:/dev/ttyS0?lang=zpl&speed=3"))
        .hasMessageContaining("TSPL and EPL2 labels only");
  }

  @Test
  void anUnknownLanguageIsAnErrorNamingTheValueAndTheChoices() {
    assertThatThrownBy(() -> PrinterUri.parse("tcp://10.0.0.7:9100?lang=escpos"))
        .isInstanceOf(DeviceException.class)
        .hasMessageContaining("printer URI 'tcp://10.0.0.7:9100?lang=escpos'")
        .hasMessageContaining("unknown printer language 'escpos'; use one of zpl, tspl, epl");
    assertThatThrownBy(() -> PrinterUri.parse("cups:q?lang="))
        .hasMessageContaining("unknown printer language ''");
  }

  @Test
  void thePrinterSpeaksTheLanguageItsUriSets() {
    Clock clock = Clock.systemUTC();
    for (PrinterLanguage l : PrinterLanguage.values()) {
      for (String uri : new String[] {"tcp://192.0.2.1", "cups:q", "serial:/dev/nothing"}) {
        try (LabelPrinter p =
            Printers.open("p", uri + "?lang=" + l.key(), PrinterOptions.DEFAULTS, clock)) {
          assertThat(p.language()).as(uri).isEqualTo(l);
        }
      }
    }
  }
}
