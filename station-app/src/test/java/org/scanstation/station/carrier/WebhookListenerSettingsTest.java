package org.scanstation.station.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.StationException;
import org.scanstation.station.config.StationConfig;

class WebhookListenerSettingsTest {
  @Test
  void theListenerIsOffByDefaultWithA256KibLimit() {
    WebhookListenerSettings s = WebhookListenerSettings.from(StationConfig.load(null, Map.of()));
    assertThat(s.enabled()).isFalse();
    assertThat(s.maxBody()).isEqualTo(256 * 1024);
    assertThat(s.secretFile()).isNull();
  }

  @Test
  void anAddressAndASecretFileAreRead(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("hook.secret"), "whsec-1\n");
    WebhookListenerSettings s =
        WebhookListenerSettings.from(
            StationConfig.load(
                null,
                Map.of(
                    "STATION_TRACKING_WEBHOOK_LISTEN", "127.0.0.1:8081",
                    "STATION_TRACKING_WEBHOOK_SECRET_FILE", secret.toString(),
                    "STATION_TRACKING_WEBHOOK_MAX_BODY", "1MiB")));
    assertThat(s.listen()).isEqualTo(new InetSocketAddress("127.0.0.1", 8081));
    assertThat(s.maxBody()).isEqualTo(1 << 20);
    assertThat(s.secret(Map.of()).reveal()).isEqualTo("whsec-1");
    assertThat(s.secret(Map.of()).toString()).doesNotContain("whsec");
  }

  @Test
  void aBadAddressStopsTheStartNamingTheKey() {
    assertThatThrownBy(
            () -> StationConfig.load(null, Map.of("STATION_TRACKING_WEBHOOK_LISTEN", "8081")))
        .hasMessageContaining("tracking.webhook.listen='8081'")
        .hasMessageContaining("HOST:PORT");
    assertThatThrownBy(
            () ->
                StationConfig.load(
                    null, Map.of("STATION_TRACKING_WEBHOOK_LISTEN", "127.0.0.1:99999")))
        .hasMessageContaining("tracking.webhook.listen");
  }

  @Test
  void noSecretNamesTheVariableAndTheSetting() {
    WebhookListenerSettings s =
        new WebhookListenerSettings(new InetSocketAddress("127.0.0.1", 0), null, 1024);
    assertThatThrownBy(() -> s.secret(Map.of()))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("STATION_WEBHOOK_SECRET")
        .hasMessageContaining("tracking.webhook.secret-file");
    assertThat(s.secret(Map.of("STATION_WEBHOOK_SECRET", "abc")).reveal()).isEqualTo("abc");
  }
}
