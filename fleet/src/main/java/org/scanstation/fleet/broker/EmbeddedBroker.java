package org.scanstation.fleet.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.scanstation.fleet.FleetTopics;
import org.scanstation.station.StationException;

/**
 * A single-node Kafka in combined mode (broker and controller, KRaft, a static one-voter quorum),
 * with its data in one directory: {@code DIR/server.properties} is written on every start, the
 * storage under {@code DIR/data} is formatted once, and the contract's topics are created when
 * missing. For one machine only: replication factor 1. {@link #start} blocks until the broker
 * answers; {@link #close} blocks until it has stopped. Thread-safe.
 */
public final class EmbeddedBroker implements AutoCloseable {
  private final KafkaRaftServer server;
  private final String bootstrap;
  private boolean closed;

  private EmbeddedBroker(KafkaRaftServer server, String bootstrap) {
    this.server = server;
    this.bootstrap = bootstrap;
  }

  /**
   * Formats {@code dir} when new, starts the broker on {@code host:port} (its controller on {@code
   * controllerPort}) and creates the topics.
   *
   * @throws StationException naming the directory or the port when it cannot start
   */
  public static EmbeddedBroker start(
      Path dir, String host, int port, int controllerPort, FleetTopics topics) {
    Objects.requireNonNull(dir, "dir");
    Properties props = properties(dir, host, port, controllerPort);
    Path config = dir.resolve("server.properties");
    write(dir, config, props);
    if (!Files.exists(dir.resolve("data").resolve("meta.properties"))) {
      format(dir, config);
    }
    KafkaRaftServer server = run(props, dir, host + ":" + port);
    EmbeddedBroker broker = new EmbeddedBroker(server, host + ":" + port);
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap))) {
      topics.ensure(admin, FleetTopics.OUTBOX_PARTITIONS, (short) 1);
    } catch (RuntimeException e) {
      broker.close();
      throw e;
    }
    return broker;
  }

  private static KafkaRaftServer run(Properties props, Path dir, String address) {
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
    try {
      server.startup();
      return server;
    } catch (RuntimeException e) {
      server.shutdown();
      throw new StationException(
          "the broker in "
              + dir
              + " did not start on "
              + address
              + " ("
              + e.getMessage()
              + "); is the port taken? choose another with --port",
          e);
    }
  }

  /** The {@code bootstrap.servers} clients use: {@code host:port}. */
  public String bootstrapServers() {
    return bootstrap;
  }

  /** Blocks until the broker has stopped (after {@link #close}, or a fatal fault). */
  public void awaitShutdown() {
    server.awaitShutdown();
  }

  /** Stops the broker; its data stays in the directory. Blocks until it has stopped. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      server.shutdown();
      server.awaitShutdown();
    }
  }

  static Properties properties(Path dir, String host, int port, int controllerPort) {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.voters", "1@" + host + ":" + controllerPort);
    p.setProperty(
        "listeners",
        "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("log.dirs", dir.resolve("data").toAbsolutePath().toString());
    // one node: the internal topics cannot have more replicas than there are brokers
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("auto.create.topics.enable", "false");
    return p;
  }

  private static void write(Path dir, Path config, Properties props) {
    try {
      Files.createDirectories(dir);
      try (OutputStream out = Files.newOutputStream(config)) {
        props.store(out, "written by fleet broker on every start; edits are overwritten");
      }
    } catch (IOException e) {
      throw new StationException(
          "cannot write " + config + " (" + e.getMessage() + "); choose a writable --data DIR", e);
    }
  }

  private static void format(Path dir, Path config) {
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    int status;
    try (PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8)) {
      status =
          StorageTool.execute(
              new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
              out);
    }
    if (status != 0) {
      throw new StationException(
          "cannot format the broker's storage in "
              + dir
              + ": "
              + said.toString(StandardCharsets.UTF_8).strip()
              + "; remove the directory's data/ to start afresh");
    }
  }
}
