package org.scanstation.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.scanstation.station.StationException;

/**
 * The four topics of the wire contract, by name (names are settings; these are the defaults), and
 * how they are created: the outbox with its partitions, the answered index compacted. Immutable.
 *
 * @param outbox one record per outbox entry, keyed by tracking number
 * @param answered the dispatchers' compacted index of answered event ids
 * @param dead dead letters, with their reason
 * @param heartbeat the stations' health, keyed by station id
 */
public record FleetTopics(String outbox, String answered, String dead, String heartbeat) {
  /** Partitions of the outbox topic by default: the unit the rate share is counted in. */
  public static final int OUTBOX_PARTITIONS = 6;

  /** Requires every name. */
  public FleetTopics {
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(answered, "answered");
    Objects.requireNonNull(dead, "dead");
    Objects.requireNonNull(heartbeat, "heartbeat");
  }

  /** The contract's default names. */
  public static FleetTopics defaults() {
    return of("scanstation.outbox");
  }

  /** The topics derived from an outbox topic's name, as the defaults are. */
  public static FleetTopics of(String outbox) {
    return new FleetTopics(outbox, outbox + ".answered", outbox + ".dead", "scanstation.heartbeat");
  }

  /**
   * Creates the topics that are missing; blocks for up to 30 seconds.
   *
   * @param replication the replication factor (1 on a single broker, 3 in production)
   * @throws StationException naming the topics when the broker does not create them
   */
  public void ensure(Admin admin, int outboxPartitions, short replication) {
    try {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      Map<String, String> minIsr =
          replication >= 3 ? Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "2") : Map.of();
      add(missing, existing, new NewTopic(outbox, outboxPartitions, replication).configs(minIsr));
      add(
          missing,
          existing,
          new NewTopic(answered, outboxPartitions, replication)
              .configs(
                  Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
      add(missing, existing, new NewTopic(dead, 1, replication).configs(minIsr));
      add(missing, existing, new NewTopic(heartbeat, 1, replication));
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new StationException(
          "cannot create the topics " + this + ": " + e + "; is the broker up and reachable?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StationException("interrupted while creating the topics " + this, e);
    }
  }

  /**
   * Checks that every topic exists; blocks for up to 30 seconds.
   *
   * @throws StationException naming the missing topics and how to create them
   */
  public void requireExisting(Admin admin) {
    try {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<String> missing =
          List.of(outbox, answered, dead, heartbeat).stream()
              .filter(t -> !existing.contains(t))
              .toList();
      if (!missing.isEmpty()) {
        throw new StationException(
            "the topics "
                + missing
                + " do not exist; create them as docs/fleet.md says (Running a broker), or try"
                + " the fleet with 'fleet broker', which creates them");
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new StationException(
          "cannot list the topics (" + e + "); is the broker up and reachable?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StationException("interrupted while listing the topics", e);
    }
  }

  private static void add(List<NewTopic> missing, Set<String> existing, NewTopic t) {
    if (!existing.contains(t.name())) {
      missing.add(t);
    }
  }
}
