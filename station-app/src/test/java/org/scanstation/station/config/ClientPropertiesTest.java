package org.scanstation.station.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kafka.client.*} settings pass through to the producer as their property names. */
class ClientPropertiesTest {
  @TempDir Path dir;

  @Test
  void everyKafkaClientKeyOfTheFileGoesThroughAsItsPropertyName() throws IOException {
    Path file = dir.resolve("station.properties");
    Files.writeString(
        file, "kafka.client.security.protocol=SASL_SSL\nkafka.client.sasl.mechanism=PLAIN\n");
    ClientProperties p = StationConfig.load(file, Map.of()).kafkaClient();
    assertThat(p.values())
        .isEqualTo(Map.of("sasl.mechanism", "PLAIN", "security.protocol", "SASL_SSL"));
    assertThat(p.fromFile("security.protocol")).isTrue();
    assertThat(p.source("security.protocol")).isEqualTo("file " + file);
  }

  @Test
  void anEnvironmentVariableGoesThroughWithDotsAndWinsOverTheFile() throws IOException {
    Path file = dir.resolve("station.properties");
    Files.writeString(file, "kafka.client.security.protocol=PLAINTEXT\n");
    ClientProperties p =
        StationConfig.load(
                file,
                Map.of(
                    "STATION_KAFKA_CLIENT_SECURITY_PROTOCOL", "SASL_SSL",
                    "STATION_KAFKA_CLIENT_SASL_JAAS_CONFIG", "secret-jaas"))
            .kafkaClient();
    assertThat(p.values())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.jaas.config", "secret-jaas");
    assertThat(p.fromFile("sasl.jaas.config")).isFalse();
    assertThat(p.source("sasl.jaas.config"))
        .isEqualTo("environment variable STATION_KAFKA_CLIENT_SASL_JAAS_CONFIG");
  }

  @Test
  void theVariableOfTheSettingKafkaClientPropertiesFileIsNoClientProperty() {
    StationConfig c =
        StationConfig.load(
            null, Map.of("STATION_KAFKA_CLIENT_PROPERTIES_FILE", "/etc/scanstation/kafka.props"));
    assertThat(c.kafkaClient().values()).isEmpty();
    assertThat(c.get(Setting.KAFKA_CLIENT_PROPERTIES_FILE))
        .isEqualTo("/etc/scanstation/kafka.props");
  }

  @Test
  void itsTextShowsTheKeysButNoValue() {
    ClientProperties p =
        StationConfig.load(null, Map.of("STATION_KAFKA_CLIENT_SASL_JAAS_CONFIG", "CANARY-9"))
            .kafkaClient();
    assertThat(p.toString()).contains("sasl.jaas.config").doesNotContain("CANARY-9");
  }

  @Test
  void aBareKafkaClientPrefixIsAnUnknownKey() throws IOException {
    Path file = dir.resolve("station.properties");
    Files.writeString(file, "kafka.client.=x\n");
    assertThatThrownBy(() -> StationConfig.load(file, Map.of()))
        .hasMessageContaining("unknown key 'kafka.client.'");
  }

  @Test
  void theSinkTheBrokersAndTheTopicsAreCheckedAtLoad() {
    assertThatThrownBy(() -> StationConfig.load(null, Map.of("STATION_SYNC_SINK", "kafak")))
        .hasMessageContaining("sync.sink='kafak'")
        .hasMessageContaining("http or kafka");
    assertThatThrownBy(
            () -> StationConfig.load(null, Map.of("STATION_KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2")))
        .hasMessageContaining("kafka.bootstrap-servers")
        .hasMessageContaining("'k2' has no :PORT");
    assertThatThrownBy(() -> StationConfig.load(null, Map.of("STATION_KAFKA_TOPIC", "a b")))
        .hasMessageContaining("kafka.topic='a b'");
    StationConfig ok =
        StationConfig.load(
            null,
            Map.of("STATION_SYNC_SINK", "KAFKA", "STATION_KAFKA_BOOTSTRAP_SERVERS", "k1:9092"));
    assertThat(ok.as(Setting.SYNC_SINK, SyncSink.class)).isEqualTo(SyncSink.KAFKA);
  }
}
