package org.scanstation.device.printer.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.printer.epl.EplDialect;
import org.scanstation.device.printer.tspl.TsplDialect;
import org.scanstation.device.printer.zpl.ZplDialect;

class DialectsTest {
  private static final byte[] ZPL = bytes("^XA^FO10,10^FDx^FS^XZ");
  private static final byte[] TSPL = bytes("SIZE 4,6\r\nCLS\r\nPRINT 1,1\r\n");
  private static final byte[] EPL = bytes("N\r\nq812\r\nP1\r\n");

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void eachLanguageFindsItsOwnLabelsAndNoneInTheOthers() {
    assertThat(ZplDialect.INSTANCE.labels(ZPL)).isOne();
    assertThat(TsplDialect.INSTANCE.labels(TSPL)).isOne();
    assertThat(EplDialect.INSTANCE.labels(EPL)).isOne();
    assertThat(TsplDialect.INSTANCE.endOfLastLabel(TSPL)).isEqualTo(TSPL.length);
    assertThat(EplDialect.INSTANCE.endOfLastLabel(EPL)).isEqualTo(EPL.length);
    for (byte[] other : new byte[][] {ZPL, EPL}) {
      assertThat(TsplDialect.INSTANCE.endOfLastLabel(other)).isEqualTo(-1);
    }
    for (byte[] other : new byte[][] {ZPL, TSPL}) {
      assertThat(EplDialect.INSTANCE.endOfLastLabel(other)).isEqualTo(-1);
    }
    assertThat(ZplDialect.INSTANCE.labels(TSPL)).isZero();
    assertThat(ZplDialect.INSTANCE.labels(EPL)).isZero();
  }

  @Test
  void eachDialectNamesItsLanguage() {
    assertThat(TsplDialect.INSTANCE.language()).isEqualTo(PrinterLanguage.TSPL);
    assertThat(EplDialect.INSTANCE.language()).isEqualTo(PrinterLanguage.EPL);
    assertThat(ZplDialect.INSTANCE.language()).isEqualTo(PrinterLanguage.ZPL);
  }
}
