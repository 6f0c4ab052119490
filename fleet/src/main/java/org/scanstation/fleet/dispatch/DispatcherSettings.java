package org.scanstation.fleet.dispatch;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.scanstation.fleet.FleetTopics;

/**
 * How a dispatcher runs.
 *
 * @param bootstrapServers the Kafka cluster, {@code host:port,...}
 * @param group the consumer group all dispatchers of the organisation share
 * @param topics the contract's topics
 * @param rateLimit the organisation's backend limit, requests a second, shared by the group
 * @param pauseProbe how long a dispatcher waits after 401/403 before it tries the key again
 * @param clientProperties passed to every Kafka client (security settings, timeouts)
 */
public record DispatcherSettings(
    String bootstrapServers,
    String group,
    FleetTopics topics,
    double rateLimit,
    Duration pauseProbe,
    Map<String, String> clientProperties) {
  /** The group's default name. */
  public static final String GROUP = "scanstation-dispatchers";

  /** Validates. */
  public DispatcherSettings {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(pauseProbe, "pauseProbe");
    clientProperties = Map.copyOf(clientProperties);
    if (!(rateLimit > 0)) {
      throw new IllegalArgumentException("the rate limit must be above 0, not " + rateLimit);
    }
  }

  /** The defaults for {@code bootstrapServers}: the default group and topics, 10/s, 30s. */
  public static DispatcherSettings of(String bootstrapServers) {
    return new DispatcherSettings(
        bootstrapServers, GROUP, FleetTopics.defaults(), 10, Duration.ofSeconds(30), Map.of());
  }

  /** The same with another limit. */
  public DispatcherSettings withRateLimit(double perSecond) {
    return new DispatcherSettings(
        bootstrapServers, group, topics, perSecond, pauseProbe, clientProperties);
  }

  /** The same with these client properties. */
  public DispatcherSettings withClientProperties(Map<String, String> props) {
    return new DispatcherSettings(bootstrapServers, group, topics, rateLimit, pauseProbe, props);
  }
}
