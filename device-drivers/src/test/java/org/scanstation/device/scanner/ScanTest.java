package org.scanstation.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScanTest {
  private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void keepsEveryByteAsTextAndHex() {
    byte[] raw = {'9', 0x1D, (byte) 0xE9, 0x00};
    Scan scan = new Scan("s", raw, "", 1, AT);
    assertThat(scan.text()).isEqualTo("9\u001D\u00E9\u0000");
    assertThat(scan.hex()).isEqualTo("391de900");
  }

  @Test
  void isAValueWhoseBytesCannotBeChangedFromOutside() {
    byte[] raw = {'1', '2'};
    Scan scan = new Scan("s", raw, "]C1", 1, AT);
    raw[0] = 'X';
    scan.bytes()[1] = 'Y';
    assertThat(scan.text()).isEqualTo("12");
    assertThat(scan).isEqualTo(new Scan("s", new byte[] {'1', '2'}, "]C1", 1, AT));
    assertThat(scan.hashCode())
        .isEqualTo(new Scan("s", new byte[] {'1', '2'}, "]C1", 1, AT).hashCode());
    assertThat(scan).isNotEqualTo(new Scan("s", new byte[] {'1', '3'}, "]C1", 1, AT));
  }
}
