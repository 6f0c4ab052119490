package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scanstation.station.StationException;

class AllowedHostsTest {
  private final AllowedHosts hosts = AllowedHosts.of("127.0.0.1", "station-3.lan, 10.0.0.3");

  private static int status(AllowedHosts h, List<String> host, String origin) {
    try {
      h.check(host, origin);
      return 200;
    } catch (HttpError e) {
      return e.status();
    }
  }

  @Test
  void answersToLoopbackNamesTheBindNameAndTheConfiguredOnesOnAnyPort() {
    for (String h :
        List.of(
            "127.0.0.1:8080",
            "localhost:8080",
            "LOCALHOST",
            "[::1]:8080",
            "[0:0:0:0:0:0:0:1]",
            "station-3.lan:9000",
            "10.0.0.3")) {
      assertThat(status(hosts, List.of(h), null)).as(h).isEqualTo(200);
    }
  }

  @Test
  void refusesOtherHostsWith421AndSaysWhichSettingToChange() {
    for (String h :
        List.of(
            "evil.example:8080",
            "localhost.evil.example",
            "127.0.0.2",
            "[::2]",
            "localhost:80:80",
            "localhost:port",
            "[::1",
            "",
            "local host")) {
      assertThat(status(hosts, List.of(h), null)).as(h).isEqualTo(421);
    }
    assertThatThrownBy(() -> hosts.check(List.of("evil.example:8080"), null))
        .hasMessageContaining("evil.example:8080")
        .hasMessageContaining("http.allowed-hosts");
    assertThat(status(hosts, null, null)).isEqualTo(400);
    assertThat(status(hosts, List.of("localhost", "localhost"), null)).isEqualTo(400);
  }

  @Test
  void anOriginMustBeTheOriginTheHostNames() {
    assertThat(status(hosts, List.of("localhost:8080"), "http://localhost:8080")).isEqualTo(200);
    assertThat(status(hosts, List.of("127.0.0.1:8080"), "http://127.0.0.1:8080")).isEqualTo(200);
    for (String o :
        List.of(
            "http://evil.example:8080",
            "null",
            "http://localhost:3000",
            "https://localhost:8080",
            "http://127.0.0.1:8080",
            "")) {
      assertThat(status(hosts, List.of("localhost:8080"), o)).as(o).isEqualTo(403);
    }
  }

  @Test
  void addsTheBindNameAndTheAddressActuallyBound() throws Exception {
    AllowedHosts h = AllowedHosts.of("station.lan", "").with(InetAddress.getByName("10.9.8.7"));
    assertThat(status(h, List.of("station.lan:8080"), null)).isEqualTo(200);
    assertThat(status(h, List.of("10.9.8.7:8080"), null)).isEqualTo(200);
    AllowedHosts v6 = AllowedHosts.of("::", "").with(InetAddress.getByName("::"));
    assertThat(status(v6, List.of("[::]:8080"), null)).isEqualTo(200);
  }

  @Test
  void aWildcardBindAnswersToThisMachinesAddressesButNoOtherName() throws Exception {
    AllowedHosts any = AllowedHosts.of("0.0.0.0", "").with(InetAddress.getByName("0.0.0.0"));
    List<InetAddress> mine =
        NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses).toList();
    assertThat(mine).isNotEmpty();
    for (InetAddress a : mine) {
      String literal = a.getHostAddress().replaceFirst("%.*$", "");
      String host = literal.contains(":") ? "[" + literal + "]:8080" : literal + ":8080";
      assertThat(status(any, List.of(host), null)).as(host).isEqualTo(200);
    }
    assertThat(status(any, List.of("evil.example:8080"), null)).isEqualTo(421);
  }

  @Test
  void aMalformedSettingStopsTheStartNamingTheKey() {
    for (String bad : List.of("evil example", "host:8080", "http://x", "[zz::1]")) {
      assertThatThrownBy(() -> AllowedHosts.of("127.0.0.1", bad))
          .as(bad)
          .isInstanceOf(StationException.class)
          .hasMessageContaining("http.allowed-hosts")
          .hasMessageContaining(bad);
    }
    assertThatCode(() -> AllowedHosts.of("127.0.0.1", " , ,")).doesNotThrowAnyException();
  }
}
