package org.scanstation.fleet.simulate;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.scanstation.fleet.FleetTopics;
import org.scanstation.fleet.KafkaClients;
import org.scanstation.fleet.dispatch.Dispatcher;
import org.scanstation.fleet.dispatch.DispatcherSettings;
import org.scanstation.fleet.view.GroupLag;
import org.scanstation.fleet.view.PartitionLag;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.station.StationException;
import org.scanstation.station.config.ApiKey;
import org.scanstation.station.sync.AfterShipBackend;

/**
 * Everything a simulation runs, all real and in this process: the simulator's AfterShip-style
 * backend over HTTP at its limit, the fleet's broker on its own data, the dispatchers of one group
 * (each its own consumer), and the stations. Started in that order, closed in reverse. The
 * accessors are thread-safe; the staged failures are called from one thread at a time.
 */
final class SimulatedFleet implements AutoCloseable {
  private static final String KEY = "fleet-simulation-key";
  private static final String GROUP = "scanstation-dispatchers";
  private final List<AutoCloseable> started = new ArrayList<>();
  private final List<Dispatcher> dispatchers = new ArrayList<>();
  private final List<SimulatedStation> stations = new ArrayList<>();
  private SimulatedBackend backend;
  private RestartableBroker broker;
  private GroupLag lag;

  private SimulatedFleet() {}

  /** Starts every part in {@code dir}; blocks until the dispatchers own every partition. */
  static SimulatedFleet start(SimulationPlan plan, Path dir) throws Exception {
    SimulatedFleet f = new SimulatedFleet();
    try {
      f.startParts(plan, dir);
      return f;
    } catch (Exception | Error e) {
      f.close();
      throw e;
    }
  }

  private void startParts(SimulationPlan plan, Path dir) throws Exception {
    FleetTopics topics = FleetTopics.defaults();
    backend =
        SimulatedBackend.start(
            InetAddress.getLoopbackAddress(),
            0,
            BackendSettings.withApiKey(KEY).withRateLimit(plan.rateLimit()));
    started.add(backend);
    broker = RestartableBroker.start(dir.resolve("broker"), topics);
    started.add(broker);
    Admin admin = Admin.create(KafkaClients.admin(broker.bootstrapServers(), Map.of()));
    started.add(admin);
    lag = new GroupLag(admin, GROUP, topics.outbox());
    ApiKey key = ApiKey.load(Files.writeString(dir.resolve("api-key"), KEY), Map.of());
    for (int i = 0; i < plan.dispatchers(); i++) {
      startDispatcher(plan, topics, key);
    }
    awaitOwned(topics);
    for (int i = 1; i <= plan.stations(); i++) {
      // the station's own rule for its files: owner-only
      Path data =
          Files.createDirectories(
              dir.resolve(SimulatedStation.id(i)),
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      SimulatedStation s =
          SimulatedStation.start(i, plan.parcels(), data, broker.bootstrapServers(), topics);
      stations.add(s);
      started.add(s);
    }
  }

  private void startDispatcher(SimulationPlan plan, FleetTopics topics, ApiKey key) {
    Clock clock = Clock.systemUTC();
    AfterShipBackend client =
        new AfterShipBackend(backend.baseUri(), key, Duration.ofSeconds(10), clock);
    // a killed member's partitions move at its session's end: 6 s, the broker's shortest
    DispatcherSettings s =
        new DispatcherSettings(
            broker.bootstrapServers(),
            GROUP,
            topics,
            plan.rateLimit(),
            Duration.ofSeconds(30),
            Map.of("session.timeout.ms", "6000", "heartbeat.interval.ms", "1000"));
    Dispatcher d = Dispatcher.start(s, client, clock);
    dispatchers.add(d);
    started.add(d);
  }

  private void awaitOwned(FleetTopics topics) throws InterruptedException {
    Instant giveUp = Instant.now().plusSeconds(120);
    while (dispatchers.stream().mapToInt(d -> d.owned().size()).sum()
        < FleetTopics.OUTBOX_PARTITIONS) {
      if (Instant.now().isAfter(giveUp)) {
        throw new StationException(
            "the dispatchers were not given the partitions of " + topics.outbox() + " in 120 s");
      }
      Thread.sleep(200);
    }
  }

  List<SimulatedStation> stations() {
    return List.copyOf(stations);
  }

  /** Halts the first dispatcher as a crash would; blocks until its thread has stopped. */
  void killDispatcher() {
    Dispatcher victim = dispatchers.get(0);
    victim.halt();
  }

  /** Stops the broker; blocks until it has stopped. */
  void brokerDown() {
    broker.down();
  }

  /** Starts the broker again on its data; blocks until it answers. */
  void brokerUp() {
    broker.up();
  }

  /** The backend's own counts now. */
  BackendTally tally() {
    return BackendTally.of(backend);
  }

  /** Every number the stations accepted so far. */
  Set<String> accepted() {
    Set<String> all = new HashSet<>();
    stations.forEach(s -> all.addAll(s.accepted()));
    return all;
  }

  /** Entries the broker acknowledged, over every station that can answer. */
  long published() {
    return stations.stream().mapToLong(s -> Math.max(0, s.published())).sum();
  }

  /** The group's lag now, summed; -1 when the broker does not answer. Blocks up to 4 s. */
  long lag() {
    List<PartitionLag> parts = lag.read();
    return parts.isEmpty() ? -1 : parts.stream().mapToLong(PartitionLag::lag).sum();
  }

  /** Stops the stations, dispatchers, broker and backend, in reverse order of starting. */
  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        // stopping the rest matters more than why one part would not stop
      }
    }
  }
}
