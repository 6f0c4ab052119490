package org.scanstation.fleet.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostCheckTest {
  private final HostCheck check = new HostCheck("127.0.0.1");

  @Test
  void thisMachinesNamesPassWhateverThePort() {
    assertThat(check.refusal(List.of("127.0.0.1:8090"), null)).isZero();
    assertThat(check.refusal(List.of("localhost:9000"), null)).isZero();
    assertThat(check.refusal(List.of("[::1]:8090"), null)).isZero();
    assertThat(check.refusal(List.of("LOCALHOST"), "http://LOCALHOST")).isZero();
  }

  @Test
  void aRebindingPageAnotherOriginAndMalformedHostsAreRefused() {
    assertThat(check.refusal(List.of("evil.example:8090"), null)).isEqualTo(421);
    assertThat(check.refusal(List.of("localhost:80:80"), null)).isEqualTo(421);
    assertThat(check.refusal(List.of("localhost.evil.example"), null)).isEqualTo(421);
    assertThat(check.refusal(List.of("127.0.0.1:8090"), "http://evil.example")).isEqualTo(403);
    assertThat(check.refusal(List.of("127.0.0.1:8090"), "null")).isEqualTo(403);
    assertThat(check.refusal(List.of(), null)).isEqualTo(400);
    assertThat(check.refusal(List.of("a", "b"), null)).isEqualTo(400);
  }

  @Test
  void theBindAddressPassesToo() {
    HostCheck lan = new HostCheck("192.168.1.20");
    assertThat(lan.refusal(List.of("192.168.1.20:8090"), null)).isZero();
    assertThat(new HostCheck("::1").refusal(List.of("[::1]"), null)).isZero();
  }
}
