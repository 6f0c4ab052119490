package org.scanstation.simulator.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.scanstation.simulator.uspsapi.SimulatedUspsApi;
import org.scanstation.simulator.uspsapi.UspsApiControl;
import org.scanstation.simulator.uspsapi.UspsApiSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code simulator usps-api}: USPS APIs v3 token and tracking endpoints over HTTP, until stopped.
 */
@Command(
    name = "usps-api",
    mixinStandardHelpOptions = true,
    description = {
      "Run a USPS APIs v3 simulator: POST /oauth2/v3/token (client credentials; tokens expire"
          + " after --token-ttl) and GET /tracking/v3/tracking/{number}?expand=DETAIL for parcels"
          + " whose Mailer ID is in --own-mids (others: 403), with a per-second limit (429 with"
          + " Retry-After). Runs until 'quit' or Ctrl-C.",
      "A parcel becomes known at its first query; --scan-rate of them get an acceptance scan"
          + " (03) after --scan-after, then processing (10) and, --deliver-after after the"
          + " acceptance, a delivery (01) with a signer; the rest stay Pre-Shipment."
    })
final class UspsApiCommand implements Callable<Integer> {
  static final String SECRET_ENV = "SIMULATOR_USPS_CLIENT_SECRET";

  private final CliStreams io;

  @Spec private CommandSpec spec;

  @Option(
      names = "--own-mids",
      required = true,
      paramLabel = "MID,MID",
      description = "The client's Mailer IDs, comma-separated (6 or 9 digits).")
  private String ownMids;

  @Option(
      names = "--client-id",
      defaultValue = "scan-station",
      description = "The OAuth client id (default: ${DEFAULT-VALUE}).")
  private String clientId;

  @Option(
      names = "--client-secret-file",
      paramLabel = "FILE",
      description = "File holding the client secret (else " + SECRET_ENV + "). Never printed.")
  private Path secretFile;

  @Option(
      names = "--token-ttl",
      defaultValue = "1h",
      converter = DurationOption.class,
      description = "How long a token lasts, at least 1s (default: ${DEFAULT-VALUE}).")
  private Duration tokenTtl;

  @Option(
      names = "--rate",
      defaultValue = "60",
      description = "Tracking calls allowed per second (default: ${DEFAULT-VALUE}).")
  private int rate;

  @Option(
      names = "--scan-rate",
      defaultValue = "0.8",
      description = "Share (0..1) of parcels USPS accepts (default: ${DEFAULT-VALUE}).")
  private double scanRate;

  @Option(
      names = "--scan-after",
      defaultValue = "2s",
      converter = DurationOption.class,
      description = "From a parcel's first query to its acceptance (default: ${DEFAULT-VALUE}).")
  private Duration scanAfter;

  @Option(
      names = "--deliver-after",
      defaultValue = "10s",
      converter = DurationOption.class,
      description = "From the acceptance to the delivery (default: ${DEFAULT-VALUE}).")
  private Duration deliverAfter;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed for each parcel's timeline (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--port", defaultValue = "0", description = "HTTP port (default: ephemeral).")
  private int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  private InetAddress bind;

  @Option(
      names = "--admin-port",
      defaultValue = "0",
      description = "Admin HTTP port on 127.0.0.1 (default: ephemeral; -1: none).")
  private int adminPort;

  UspsApiCommand(CliStreams io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    UspsApiSettings settings;
    try {
      settings =
          new UspsApiSettings(
              mids(),
              clientId,
              secret(),
              tokenTtl,
              rate,
              scanRate,
              scanAfter,
              deliverAfter,
              seed,
              Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    SimulatedUspsApi api = SimulatedUspsApi.start(bind, port, settings);
    io.out()
        .println(
            "usps-api: "
                + api.baseUri()
                + " (client "
                + clientId
                + ", Mailer IDs "
                + String.join(",", settings.ownMids())
                + ", "
                + rate
                + "/s)");
    return Foreground.run(io, new UspsApiControl(api), api, adminPort);
  }

  private Set<String> mids() {
    return Arrays.stream(ownMids.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  private String secret() {
    String s;
    if (secretFile != null) {
      try {
        s = Files.readString(secretFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new ParameterException(
            spec.commandLine(), "cannot read --client-secret-file " + secretFile + ": " + e);
      }
    } else {
      s = System.getenv().getOrDefault(SECRET_ENV, "").strip();
    }
    if (s.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "Missing the client secret: give --client-secret-file FILE or set " + SECRET_ENV);
    }
    return s;
  }
}
