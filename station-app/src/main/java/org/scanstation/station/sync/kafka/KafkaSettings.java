package org.scanstation.station.sync.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.scanstation.station.StationException;
import org.scanstation.station.config.ClientProperties;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;

/**
 * The Kafka sink's settings, read and checked once at start: the brokers, the topics, the
 * heartbeat's interval, and the producer's properties (the station's own, then {@code
 * kafka.client-properties-file}, then every {@code kafka.client.*} setting). Refused: a property
 * the producer does not know (a typo must not be ignored), one the contract fixes ({@code acks},
 * {@code enable.idempotence}, the serializers, {@code bootstrap.servers}), a secret in the
 * configuration file itself, and timeouts that outlast the sync's claim. {@link #toString()} shows
 * no value of a client property. Immutable.
 *
 * @param bootstrapServers {@code kafka.bootstrap-servers}
 * @param topic {@code kafka.topic}
 * @param heartbeatTopic {@code kafka.heartbeat-topic}
 * @param heartbeatInterval {@code kafka.heartbeat-interval}
 * @param client the client properties as given, merged; values may be secrets
 * @param sources where each client property came from, in words
 */
public record KafkaSettings(
    String bootstrapServers,
    String topic,
    String heartbeatTopic,
    Duration heartbeatInterval,
    Map<String, String> client,
    Map<String, String> sources) {

  /** What the station sets and the contract fixes: no setting may change these. */
  static final Set<String> FIXED =
      Set.of(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
          ProducerConfig.ACKS_CONFIG,
          ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
          ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
          ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
          ProducerConfig.TRANSACTIONAL_ID_CONFIG);

  /**
   * Bounded waits, so a dead broker turns a send into a Retry long before the sync's claim on the
   * entry (30 s) runs out: up to 5 s for metadata, then up to 20 s for the acknowledgement; and a
   * buffer that fits the station's heap.
   */
  static final Map<String, String> DEFAULTS =
      Map.of(
          ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000",
          ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
          ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000",
          ProducerConfig.LINGER_MS_CONFIG, "5",
          // 8 MiB, not Kafka's 32: the station's heap is 160 MiB (docs/operations.md), and 32
          // sends of at most 64 KiB each plus the heartbeats need far less
          ProducerConfig.BUFFER_MEMORY_CONFIG, "8388608");

  /** Makes copies; requires every part. */
  public KafkaSettings {
    client = Map.copyOf(client);
    sources = Map.copyOf(sources);
  }

  /**
   * The settings in {@code config}, the properties file read (and its mode checked) now.
   *
   * @param claim how long the sync holds a claimed entry: a send must end well before it
   * @throws StationException naming every key that is missing or refused, and the fix
   */
  public static KafkaSettings from(StationConfig config, Duration claim) {
    String servers = config.get(Setting.KAFKA_BOOTSTRAP_SERVERS).strip();
    if (servers.isEmpty()) {
      throw new StationException(
          "sync.sink=kafka needs kafka.bootstrap-servers: set it to the cluster's brokers as"
              + " HOST:PORT,HOST:PORT (or set sync.sink=http)");
    }
    Map<String, String> client = new TreeMap<>();
    Map<String, String> sources = new TreeMap<>();
    String file = config.get(Setting.KAFKA_CLIENT_PROPERTIES_FILE).strip();
    if (!file.isEmpty()) {
      PropertiesFile.read(Path.of(file))
          .forEach(
              (k, v) -> {
                client.put(k, v);
                sources.put(k, "kafka.client-properties-file " + file);
              });
    }
    ClientProperties passed = config.kafkaClient();
    passed
        .values()
        .forEach(
            (k, v) -> {
              client.put(k, v);
              sources.put(k, passed.source(k));
            });
    List<String> problems = new ArrayList<>();
    for (String k : client.keySet()) {
      problem(k, sources.get(k), passed.values().containsKey(k) && passed.fromFile(k))
          .ifPresent(problems::add);
    }
    KafkaSettings s =
        new KafkaSettings(
            servers,
            config.get(Setting.KAFKA_TOPIC),
            config.get(Setting.KAFKA_HEARTBEAT_TOPIC),
            config.duration(Setting.KAFKA_HEARTBEAT_INTERVAL),
            client,
            sources);
    if (problems.isEmpty()) {
      s.longestSend().filter(d -> d.compareTo(claim) >= 0).ifPresent(d -> problems.add(tooLong(d)));
    }
    if (!problems.isEmpty()) {
      throw new StationException("Kafka settings: " + String.join("; ", problems));
    }
    return s;
  }

  private static Optional<String> problem(String key, String source, boolean inFile) {
    String named = key + " (from " + source + ")";
    if (FIXED.contains(key)) {
      return Optional.of(
          named
              + (key.equals(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG)
                  ? " is kafka.bootstrap-servers: set that instead"
                  : " is fixed by the station (acks=all, idempotence on): remove it"));
    }
    ConfigDef.ConfigKey known = ProducerConfig.configDef().configKeys().get(key);
    if (known == null) {
      return Optional.of(named + " is not a Kafka producer property; check its spelling");
    }
    if (inFile && known.type == ConfigDef.Type.PASSWORD) {
      return Optional.of(
          named
              + " is a secret and must not be in the settings file: put it in"
              + " kafka.client-properties-file or the environment variable "
              + ClientProperties.ENV_PREFIX
              + key.toUpperCase(Locale.ROOT).replace('.', '_'));
    }
    return Optional.empty();
  }

  private static String tooLong(Duration d) {
    return "max.block.ms + delivery.timeout.ms come to "
        + d.toMillis()
        + " ms, as long as the sync's claim on an entry: another send could overlap it; keep"
        + " them under 30000 ms together";
  }

  /** How long one send may block, at most: metadata, then the acknowledgement. */
  Optional<Duration> longestSend() {
    Map<String, Object> p = producerProperties();
    try {
      long block = Long.parseLong(p.get(ProducerConfig.MAX_BLOCK_MS_CONFIG).toString());
      long delivery = Long.parseLong(p.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG).toString());
      return Optional.of(Duration.ofMillis(block + delivery));
    } catch (NumberFormatException e) {
      return Optional.empty(); // the producer names the bad number when it starts
    }
  }

  /** Everything the producer is given: the station's defaults, the client properties, the fixed. */
  Map<String, Object> producerProperties() {
    Map<String, Object> p = new LinkedHashMap<>(DEFAULTS);
    p.putAll(client);
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return p;
  }

  /** The client properties' keys with where each came from: for a log line, never a value. */
  public String describeClient() {
    return sources.isEmpty() ? "none" : sources.toString();
  }

  @Override
  public String toString() {
    return "KafkaSettings[bootstrapServers="
        + bootstrapServers
        + ", topic="
        + topic
        + ", heartbeatTopic="
        + heartbeatTopic
        + ", heartbeatInterval="
        + heartbeatInterval
        + ", client="
        + client.keySet()
        + "]";
  }
}
