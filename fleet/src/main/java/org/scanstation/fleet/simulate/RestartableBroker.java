package org.scanstation.fleet.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.scanstation.fleet.FleetTopics;
import org.scanstation.fleet.broker.EmbeddedBroker;
import org.scanstation.station.StationException;

/**
 * The fleet's own broker ({@link EmbeddedBroker}) on fixed ports and one data directory, so that it
 * can be stopped and started again on the same data and address, as a broker that went down and
 * came back. Not thread-safe: one caller stops and starts it.
 */
final class RestartableBroker implements AutoCloseable {
  private static final String HOST = "127.0.0.1";
  private final Path dir;
  private final FleetTopics topics;
  private final int port;
  private final int controllerPort;
  private EmbeddedBroker broker;

  private RestartableBroker(Path dir, FleetTopics topics, int port, int controllerPort) {
    this.dir = dir;
    this.topics = topics;
    this.port = port;
    this.controllerPort = controllerPort;
  }

  /** Formats {@code dir} and starts the broker on two free ports; blocks until it answers. */
  static RestartableBroker start(Path dir, FleetTopics topics) {
    RestartableBroker b = new RestartableBroker(dir, topics, freePort(), freePort());
    b.up();
    return b;
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + HOST, e);
    }
  }

  /** {@code host:port}, the same across restarts. */
  String bootstrapServers() {
    return HOST + ":" + port;
  }

  /** Stops the broker; blocks until it has stopped. Its data stays. */
  void down() {
    if (broker != null) {
      broker.close();
      broker = null;
    }
  }

  /**
   * Starts it again on the same data and ports; blocks until it answers. A port the stopped broker
   * held may take a moment to be free again, so a failed start is tried again for 30 seconds.
   */
  void up() {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      try {
        broker = EmbeddedBroker.start(dir, HOST, port, controllerPort, topics);
        return;
      } catch (StationException e) {
        if (Instant.now().isAfter(giveUp)) {
          throw e;
        }
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StationException("interrupted while starting the broker again", e);
    }
  }

  @Override
  public void close() {
    down();
  }
}
