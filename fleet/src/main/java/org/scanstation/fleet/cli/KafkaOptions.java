package org.scanstation.fleet.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.scanstation.fleet.FleetTopics;
import picocli.CommandLine.Option;

/** The options every command that talks to Kafka shares. */
final class KafkaOptions {
  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT[,..]",
      defaultValue = "127.0.0.1:9092",
      description = "The Kafka cluster (default: ${DEFAULT-VALUE}, what 'fleet broker' serves).")
  String bootstrapServers;

  @Option(
      names = "--topic",
      paramLabel = "NAME",
      defaultValue = "scanstation.outbox",
      description =
          "The outbox topic (default: ${DEFAULT-VALUE}); its dead letters are NAME.dead and its"
              + " answers NAME.answered.")
  String topic;

  @Option(
      names = "--kafka-property",
      paramLabel = "KEY=VALUE",
      description =
          "A Kafka client property, e.g. security.protocol=SASL_SSL; repeatable. Secrets belong in"
              + " a JAAS or properties file the property names, not on the command line.")
  Map<String, String> properties = new LinkedHashMap<>();

  FleetTopics topics() {
    return FleetTopics.of(topic);
  }
}
