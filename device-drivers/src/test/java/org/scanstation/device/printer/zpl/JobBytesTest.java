package org.scanstation.device.printer.zpl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JobBytesTest {
  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void findsTheEndOfTheLastFormatAndCountsFormats() {
    assertThat(JobBytes.endOfLastFormat(b("^XA^FDx^FS^XZ\r\n"))).isEqualTo(13);
    assertThat(JobBytes.endOfLastFormat(b("^xa^xz^XA^XZ"))).isEqualTo(12);
    assertThat(JobBytes.endOfLastFormat(b("^XA^FDno end"))).isEqualTo(-1);
    assertThat(JobBytes.formats(b("^XA^XZ\n^xa^xz"))).isEqualTo(2);
    assertThat(JobBytes.formats(b("~HS"))).isZero();
  }

  @Test
  void spotsBitmaps() {
    assertThat(JobBytes.bitmapCommand(b("^XA^FO0,0^GFA,8,8,1,FFFF^XZ"))).isEqualTo("^GF");
    assertThat(JobBytes.bitmapCommand(b("~DGR:LOGO.GRF,8,1,FF^XA^XGR:LOGO.GRF^XZ")))
        .isEqualTo("~DG");
    assertThat(JobBytes.bitmapCommand(b("^XA^FDplain^FS^XZ"))).isNull();
  }
}
