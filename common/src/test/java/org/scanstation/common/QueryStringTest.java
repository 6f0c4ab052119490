package org.scanstation.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryStringTest {
  private static final Set<String> ALLOWED = Set.of("baud", "suffix", "timeout");

  @Test
  void readsPairsInOrderPercentDecodedWithPlusAsAPlus() {
    assertThat(QueryString.parse("baud=9600&suffix=%0D%0A&timeout=a+b", ALLOWED))
        .containsExactly(
            java.util.Map.entry("baud", "9600"),
            java.util.Map.entry("suffix", "\r\n"),
            java.util.Map.entry("timeout", "a+b"));
    assertThat(QueryString.parse(null, ALLOWED)).isEmpty();
    assertThat(QueryString.parse("", ALLOWED)).isEmpty();
    assertThat(QueryString.parse("baud", ALLOWED)).containsEntry("baud", "");
  }

  @Test
  void anUnknownParameterIsAnErrorNamingItAndTheAllowedOnes() {
    assertThatThrownBy(() -> QueryString.parse("baud=9600&bawd=1", ALLOWED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'bawd'")
        .hasMessageContaining("baud, suffix, timeout");
  }

  @Test
  void whereNoParameterIsAllowedTheErrorSaysSo() {
    assertThatThrownBy(() -> QueryString.parse("page=2", Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown parameter 'page'; this takes no parameters");
    assertThat(QueryString.parse("", Set.of())).isEmpty();
  }

  @Test
  void aRepeatedParameterIsAnErrorNamingIt() {
    assertThatThrownBy(() -> QueryString.parse("baud=9600&baud=19200", ALLOWED))
        .hasMessageContaining("'baud' is given twice");
  }

  @Test
  void aBadEscapeIsAnError() {
    assertThatThrownBy(() -> QueryString.parse("suffix=%zz", ALLOWED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("%-escape");
  }

  @Test
  void oneComponentDecodesByTheSameRule() {
    assertThat(QueryString.decode("a+b%2Fc%20d")).isEqualTo("a+b/c d");
    assertThatThrownBy(() -> QueryString.decode("%g1")).hasMessageContaining("%-escape");
  }
}
