package org.scanstation.station.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizeTest {
  @Test
  void readsWholeNumbersWithBinaryUnits() {
    assertThat(ByteSize.parse("0")).isZero();
    assertThat(ByteSize.parse("512")).isEqualTo(512);
    assertThat(ByteSize.parse("64KiB")).isEqualTo(64 * 1024);
    assertThat(ByteSize.parse("128MiB")).isEqualTo(128L << 20);
    assertThat(ByteSize.parse(" 1 GB ")).isEqualTo(1L << 30);
    assertThat(ByteSize.parse("2g")).isEqualTo(2L << 30);
  }

  @Test
  void refusesOtherFormsNamingTheAllowedOne() {
    for (String bad :
        new String[] {"", "fast", "-1MiB", "1.5GiB", "10 parsecs", "99999999999999TiB"}) {
      assertThatThrownBy(() -> ByteSize.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("size");
    }
  }

  @Test
  void writesSizesForPeople() {
    assertThat(ByteSize.format(812)).isEqualTo("812 B");
    assertThat(ByteSize.format(40L << 20)).isEqualTo("40.0 MiB");
    assertThat(ByteSize.format((long) (3.2 * (1L << 30)))).isEqualTo("3.2 GiB");
  }
}
