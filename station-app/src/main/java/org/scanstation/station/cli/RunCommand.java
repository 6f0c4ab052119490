package org.scanstation.station.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.scanstation.station.app.RunningStation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code station run}: production mode, until SIGTERM or Ctrl-C. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the station: open the store and serve the local API (http.bind:http.port, default"
          + " 127.0.0.1:8080) until stopped with SIGTERM or Ctrl-C.",
      "Commands started meanwhile (accept, show, reprint, ...) go through this station.",
      "Monitoring on the same address, without the PIN: GET /metrics (Prometheus text) and GET"
          + " /health (JSON; 200 when ready, 503 when not). See docs/operations.md.",
      "The sync sends the outbox to the backend (sync.sink=http), or with sync.sink=kafka to"
          + " kafka.topic at kafka.bootstrap-servers, with a heartbeat every"
          + " kafka.heartbeat-interval. See docs/fleet.md."
    })
final class RunCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin private GlobalOptions global;

  RunCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    RunningStation station = RunningStation.start(global.dataDir(), global.config(), context.env());
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              station.close();
              stopped.countDown();
            },
            "shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    context
        .err()
        .println(
            "station: running, local API at " + station.url() + "; stop with Ctrl-C or SIGTERM");
    stopped.await();
    return 0;
  }
}
