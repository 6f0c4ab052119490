package org.scanstation.simulator.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScanEncoderTest {
  private static String text(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  @Test
  void appendsTheSuffixAndPrefix() {
    ScannerSettings s = ScannerSettings.defaults();
    assertThat(text(ScanEncoder.encode("123", s))).isEqualTo("123\r");
    assertThat(text(ScanEncoder.encode("123", s.withSuffix(ScanSuffix.LF)))).isEqualTo("123\n");
    assertThat(text(ScanEncoder.encode("123", s.withSuffix(ScanSuffix.CRLF)))).isEqualTo("123\r\n");
    assertThat(text(ScanEncoder.encode("123", s.withSuffix(ScanSuffix.NONE)))).isEqualTo("123");
    assertThat(text(ScanEncoder.encode("123", s.withAimPrefix("]C1")))).isEqualTo("]C1123\r");
  }

  @Test
  void aGsInTheScanIsOneByte() {
    byte[] b = ScanEncoder.encode("42012345\u001D9400", ScannerSettings.defaults());
    assertThat(b).hasSize(14).contains((byte) 0x1D);
  }

  @Test
  void splitsIntoFragments() {
    List<byte[]> pieces = ScanEncoder.fragments("abcdefg".getBytes(StandardCharsets.US_ASCII), 3);
    assertThat(pieces).extracting(ScanEncoderTest::text).containsExactly("abc", "def", "g");
    assertThat(ScanEncoder.fragments(new byte[5], 0)).hasSize(1);
  }

  @Test
  void junkLinesHoldNoDigitsNorFramingBytes() {
    Random r = new Random(3);
    ScannerSettings s = ScannerSettings.defaults().withFragments(0, Duration.ZERO);
    for (int i = 0; i < 500; i++) {
      byte[] line = ScanEncoder.junkLine(r, s);
      assertThat(line[line.length - 1]).isEqualTo((byte) '\r');
      for (int j = 0; j < line.length - 1; j++) {
        int b = line[j] & 0xFF;
        assertThat(b >= '0' && b <= '9').as("digit %d", b).isFalse();
        assertThat(b).isNotIn(0x0D, 0x0A, 0x1D);
      }
    }
  }
}
