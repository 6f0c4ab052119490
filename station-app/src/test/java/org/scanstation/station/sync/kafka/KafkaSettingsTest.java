package org.scanstation.station.sync.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scanstation.station.StationException;
import org.scanstation.station.config.StationConfig;

/** The Kafka sink's settings: what passes through to the producer, and what is refused. */
class KafkaSettingsTest {
  private static final Duration CLAIM = Duration.ofSeconds(30);
  @TempDir Path dir;

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_SYNC_SINK", "kafka");
    env.put("STATION_KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092");
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private static KafkaSettings load(Path file, Map<String, String> env) {
    return KafkaSettings.from(StationConfig.load(file, env), CLAIM);
  }

  private Path privateFile(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    return f;
  }

  @Test
  void theContractsProducerSettingsWinAndTheStationsWaitsAreBounded() {
    KafkaSettings s = load(null, env("STATION_KAFKA_CLIENT_LINGER_MS", "20"));
    Map<String, Object> p = s.producerProperties();
    assertThat(p)
        .containsEntry("acks", "all")
        .containsEntry("enable.idempotence", "true")
        .containsEntry("bootstrap.servers", "k1:9092,k2:9092")
        .containsEntry("linger.ms", "20")
        .containsEntry("max.block.ms", "5000")
        .containsEntry("delivery.timeout.ms", "20000")
        .containsEntry("buffer.memory", "8388608");
    assertThat(s.longestSend()).contains(Duration.ofSeconds(25));
    assertThat(s.topic()).isEqualTo("scanstation.outbox");
    assertThat(s.heartbeatTopic()).isEqualTo("scanstation.heartbeat");
    assertThat(s.heartbeatInterval()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void withoutBrokersTheKafkaSinkDoesNotStart() {
    Map<String, String> env = env();
    env.remove("STATION_KAFKA_BOOTSTRAP_SERVERS");
    assertThatThrownBy(() -> load(null, env))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("sync.sink=kafka needs kafka.bootstrap-servers");
  }

  @Test
  void aPropertyTheProducerDoesNotKnowIsRefusedNotIgnored() {
    assertThatThrownBy(() -> load(null, env("STATION_KAFKA_CLIENT_LINGER_SM", "5")))
        .hasMessageContaining(
            "linger.sm (from environment variable STATION_KAFKA_CLIENT_LINGER_SM)")
        .hasMessageContaining("not a Kafka producer property");
  }

  @Test
  void whatTheContractFixesCannotBeChanged() throws IOException {
    Path file = dir.resolve("station.properties");
    Files.writeString(file, "kafka.client.acks=1\nkafka.client.bootstrap.servers=elsewhere:9092\n");
    assertThatThrownBy(() -> load(file, env()))
        .hasMessageContaining("acks (from file " + file + ") is fixed by the station")
        .hasMessageContaining(
            "bootstrap.servers (from file " + file + ") is kafka.bootstrap-servers");
  }

  @Test
  void aSecretInTheSettingsFileIsRefusedButTheEnvironmentAndThePropertiesFileMayHoldIt()
      throws IOException {
    Path file = dir.resolve("station.properties");
    Files.writeString(file, "kafka.client.sasl.jaas.config=org.Login required password=\"p\";\n");
    assertThatThrownBy(() -> load(file, env()))
        .hasMessageContaining("sasl.jaas.config")
        .hasMessageContaining("must not be in the settings file")
        .hasMessageContaining("STATION_KAFKA_CLIENT_SASL_JAAS_CONFIG")
        .hasMessageNotContaining("password=");

    assertThat(load(null, env("STATION_KAFKA_CLIENT_SASL_JAAS_CONFIG", "x")).client())
        .containsEntry("sasl.jaas.config", "x");
    Path secrets = privateFile("kafka.properties", "sasl.jaas.config=y\n");
    assertThat(load(null, env("STATION_KAFKA_CLIENT_PROPERTIES_FILE", secrets.toString())).client())
        .containsEntry("sasl.jaas.config", "y");
  }

  @Test
  void thePropertiesFileIsMergedUnderTheSettings() throws IOException {
    Path secrets =
        privateFile("kafka.properties", "security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n");
    KafkaSettings s =
        load(
            null,
            env(
                "STATION_KAFKA_CLIENT_PROPERTIES_FILE",
                secrets.toString(),
                "STATION_KAFKA_CLIENT_SASL_MECHANISM",
                "SCRAM-SHA-512"));
    assertThat(s.client())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
    assertThat(s.sources().get("security.protocol"))
        .isEqualTo("kafka.client-properties-file " + secrets);
  }

  @Test
  void aPropertiesFileOthersCanReadIsRefusedNamingTheFix() throws IOException {
    Path secrets = privateFile("kafka.properties", "sasl.jaas.config=y\n");
    Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(
            () -> load(null, env("STATION_KAFKA_CLIENT_PROPERTIES_FILE", secrets.toString())))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("may be read or changed by other users")
        .hasMessageContaining("chmod 600 " + secrets);
  }

  @Test
  void aMissingPropertiesFileIsNamed() {
    Path missing = dir.resolve("nope.properties");
    assertThatThrownBy(
            () -> load(null, env("STATION_KAFKA_CLIENT_PROPERTIES_FILE", missing.toString())))
        .hasMessageContaining("kafka.client-properties-file " + missing);
  }

  @Test
  void waitsThatOutlastTheSyncsClaimAreRefused() {
    assertThatThrownBy(() -> load(null, env("STATION_KAFKA_CLIENT_DELIVERY_TIMEOUT_MS", "120000")))
        .hasMessageContaining("max.block.ms + delivery.timeout.ms come to 125000 ms");
  }

  @Test
  void itsTextAndItsLogLineShowKeysAndSourcesButNoValue() throws IOException {
    Path secrets = privateFile("kafka.properties", "ssl.key.password=CANARY-FILE\n");
    KafkaSettings s =
        load(
            null,
            env(
                "STATION_KAFKA_CLIENT_PROPERTIES_FILE",
                secrets.toString(),
                "STATION_KAFKA_CLIENT_SASL_JAAS_CONFIG",
                "CANARY-ENV"));
    assertThat(s.toString() + s.describeClient())
        .contains("ssl.key.password", "sasl.jaas.config")
        .doesNotContain("CANARY");
  }
}
