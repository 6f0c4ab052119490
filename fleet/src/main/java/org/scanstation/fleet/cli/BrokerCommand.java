package org.scanstation.fleet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scanstation.fleet.FleetTopics;
import org.scanstation.fleet.broker.EmbeddedBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fleet broker}: a single-node KRaft Kafka for trying the fleet on one machine. */
@Command(
    name = "broker",
    mixinStandardHelpOptions = true,
    description = {
      "Run a single-node Kafka (KRaft, broker and controller in one process) from the jars in"
          + " fleet.jar: no download, no Docker. For one machine; production uses the"
          + " organisation's own cluster (see docs/fleet.md).",
      "The storage in DIR is formatted on the first start; the topics scanstation.outbox (6"
          + " partitions), .answered (compacted), .dead and scanstation.heartbeat are created"
          + " when missing. Runs until Ctrl-C/SIGTERM.",
      "Exit status: 0 stopped, 1 failed to start, 2 usage error."
    })
final class BrokerCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", required = true, description = "Its data.")
  private Path data;

  @Option(
      names = "--port",
      defaultValue = "9092",
      description = "Clients' port (default: ${DEFAULT-VALUE}); the controller takes PORT+1.")
  private int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}: this machine only).")
  private String host;

  @Override
  public Integer call() {
    EmbeddedBroker broker =
        EmbeddedBroker.start(data, host, port, port + 1, FleetTopics.defaults());
    // SIGTERM runs the hook: a clean shutdown, so the next start finds a consistent log
    Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "fleet broker stop"));
    spec.commandLine()
        .getOut()
        .println("fleet: broker ready on " + broker.bootstrapServers() + ", data in " + data);
    broker.awaitShutdown();
    return 0;
  }
}
