package org.scanstation.fleet.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.scanstation.fleet.KafkaClients;
import org.scanstation.fleet.dispatch.Dispatcher;
import org.scanstation.fleet.dispatch.DispatcherSettings;
import org.scanstation.fleet.view.FleetView;
import org.scanstation.station.config.ApiKey;
import org.scanstation.station.sync.AfterShipBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fleet dispatch}: one dispatcher of the group, with its fleet view. */
@Command(
    name = "dispatch",
    mixinStandardHelpOptions = true,
    description = {
      "Read the outbox topic as a member of the dispatchers' consumer group and send each event"
          + " to the tracking backend once: with its share of the organisation's rate limit"
          + " (limit x partitions owned / partitions), answers recorded before offsets are"
          + " committed, events already answered skipped, poison to the dead letters.",
      "The API key comes from --api-key-file or STATION_BACKEND_API_KEY; it is never shown.",
      "Serves the fleet view on http://HOST:PORT/ and /fleet.json. Runs until Ctrl-C/SIGTERM.",
      "Exit status: 0 stopped, 1 failed, 2 usage error."
    })
final class DispatchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private KafkaOptions kafka;

  @Option(
      names = "--backend-url",
      paramLabel = "URL",
      required = true,
      description =
          "The tracking API, version path included, e.g. http://127.0.0.1:8081/tracking/2024-04.")
  private URI backendUrl;

  @Option(names = "--api-key-file", paramLabel = "FILE", description = "File holding the API key.")
  private Path keyFile;

  @Option(
      names = "--group",
      defaultValue = DispatcherSettings.GROUP,
      description = "The consumer group every dispatcher shares (default: ${DEFAULT-VALUE}).")
  private String group;

  @Option(
      names = "--rate-limit",
      defaultValue = "10",
      paramLabel = "PER_SECOND",
      description =
          "The organisation's backend limit, shared by the group (default: ${DEFAULT-VALUE}).")
  private double rateLimit;

  @Option(
      names = "--port",
      defaultValue = "8090",
      description = "The fleet view's port (default: ${DEFAULT-VALUE}; 0: any free one).")
  private int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "The fleet view's address (default: ${DEFAULT-VALUE}: this machine only).")
  private String host;

  @Override
  public Integer call() throws InterruptedException {
    if (!(rateLimit > 0)) {
      throw new ParameterException(
          spec.commandLine(), "--rate-limit must be above 0 requests a second, not " + rateLimit);
    }
    ApiKey key = ApiKey.load(keyFile, System.getenv());
    Clock clock = Clock.systemUTC();
    AfterShipBackend backend = new AfterShipBackend(backendUrl, key, Duration.ofSeconds(10), clock);
    DispatcherSettings settings =
        new DispatcherSettings(
            kafka.bootstrapServers,
            group,
            kafka.topics(),
            rateLimit,
            Duration.ofSeconds(30),
            Map.copyOf(kafka.properties));
    try (Admin admin =
        Admin.create(
            KafkaClients.admin(settings.bootstrapServers(), settings.clientProperties()))) {
      settings.topics().requireExisting(admin);
    }
    Dispatcher dispatcher = Dispatcher.start(settings, backend, clock);
    FleetView view = FleetView.start(dispatcher, host, port, clock);
    spec.commandLine()
        .getOut()
        .printf(
            "fleet: dispatching %s to %s as group %s; fleet view on http://%s:%d/%n",
            settings.topics().outbox(), backend.describe(), group, host, view.port());
    untilStopped(view, dispatcher);
    return 0;
  }

  /** Blocks until SIGTERM or Ctrl-C, which stop the view and leave the group cleanly. */
  private static void untilStopped(FleetView view, Dispatcher dispatcher)
      throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              view.close();
              dispatcher.close();
              stopped.countDown();
            },
            "fleet dispatch stop");
    Runtime.getRuntime().addShutdownHook(hook);
    stopped.await();
  }
}
