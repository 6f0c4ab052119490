package org.scanstation.simulator.cli;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.scanstation.simulator.admin.BackendControl;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.SimulatedBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code simulator backend}: an AfterShip-style tracking API over HTTP, until stopped. */
@Command(
    name = "backend",
    mixinStandardHelpOptions = true,
    description = {
      "Run a tracking backend: the AfterShip Tracking API 2024-04 subset under /tracking/2024-04"
          + " (POST/GET/PUT/DELETE trackings, retrack, mark-as-completed), with a per-second rate"
          + " limit. Runs until 'quit' or Ctrl-C.",
      "A simulated carrier (--carrier-scan-rate, off by default) moves created trackings"
          + " through USPS checkpoints on a seeded schedule; reads: GET /trackings (filters,"
          + " cursor paging), GET /trackings/{id}, GET /last_checkpoint/{id}. Signed webhooks"
          + " with --webhook-url.",
      "Faults: fail-rate, latency, refuse-connections, create-then-drop, throttle, webhook-*"
          + " (switch them while running: admin endpoint or standard input)."
    })
final class BackendCommand implements Callable<Integer> {
  static final String API_KEY_ENV = "SIMULATOR_API_KEY";

  private final CliStreams io;

  @Spec private CommandSpec spec;

  @Mixin private CarrierOptions carrier = new CarrierOptions();

  @Option(names = "--port", defaultValue = "0", description = "HTTP port (default: ephemeral).")
  private int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  private InetAddress bind;

  @Option(
      names = "--api-key",
      paramLabel = "KEY",
      defaultValue = "${env:" + API_KEY_ENV + "}",
      description =
          "The as-api-key requests must carry (or set "
              + API_KEY_ENV
              + ", which keeps it out of the process list). Never printed or logged.")
  private String apiKey;

  @Option(
      names = "--rate-limit",
      defaultValue = "10",
      description = "Requests allowed per second (default: ${DEFAULT-VALUE}).")
  private int rateLimit;

  @Option(
      names = "--fail-rate",
      defaultValue = "0",
      description =
          "Share of requests (0..1) answered 500, 502 or 503 instead (default: ${DEFAULT-VALUE}).")
  private double failRate;

  @Option(
      names = "--latency",
      defaultValue = "0ms",
      converter = DurationOption.class,
      description = "Delay added before every answer (default: ${DEFAULT-VALUE}).")
  private Duration latency;

  @Option(
      names = "--create-then-drop",
      paramLabel = "COUNT",
      defaultValue = "0",
      description =
          "Store the next COUNT created trackings but close the connection without answering.")
  private int dropCreates;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description =
          "Seed for fault draws, tracking ids and the carrier's draws (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--admin-port",
      defaultValue = "0",
      description = "Admin HTTP port on 127.0.0.1 (default: ephemeral; -1: none).")
  private int adminPort;

  BackendCommand(CliStreams io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    if (apiKey == null || apiKey.isBlank()) {
      throw new ParameterException(
          spec.commandLine(), "Missing the API key: give --api-key KEY or set " + API_KEY_ENV);
    }
    BackendSettings settings;
    try {
      settings =
          new BackendSettings(
              apiKey, rateLimit, seed, Clock.systemUTC(), carrier.carrier(), carrier.webhooks());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    SimulatedBackend backend = SimulatedBackend.start(bind, port, settings);
    try {
      backend.setFailRate(failRate);
      backend.setLatency(latency);
      backend.dropCreates(dropCreates);
    } catch (IllegalArgumentException e) {
      backend.close();
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    io.out().println("backend: " + backend.baseUri() + " (rate limit " + rateLimit + "/s)");
    if (settings.carrier().scanRate() > 0) {
      io.out().println("carrier: " + settings.carrier());
    }
    if (settings.webhooks().url() != null) {
      io.out().println("webhooks: posting to " + settings.webhooks().url());
    }
    return Foreground.run(io, new BackendControl(backend), backend, adminPort);
  }
}
