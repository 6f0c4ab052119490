package org.scanstation.station.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.scanstation.station.StationException;
import org.scanstation.station.app.StationAssembly;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options every command that touches state takes: where the data lives and which config file to
 * read. Mixed into commands with {@code @Mixin}.
 */
public final class GlobalOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Station data directory (store, backups). Default: ./station-data, or STATION_DATA_DIR.")
  private Path dataDir;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file (properties; see config/station.example.properties). Every key can"
              + " be overridden by an environment variable STATION_<KEY>.")
  private Path configFile;

  private final Map<String, String> env;
  private StationConfig config;

  /** Options resolved against the given process environment. */
  public GlobalOptions(CliContext context) {
    this.env = context.env();
  }

  /**
   * The resolved configuration (file, then environment).
   *
   * @throws ParameterException (a usage error, exit 2) when the file is missing or invalid
   */
  public StationConfig config() {
    if (config == null) {
      if (configFile != null && !Files.isRegularFile(configFile)) {
        throw new ParameterException(
            spec.commandLine(), "--config: no such file: " + configFile.toAbsolutePath());
      }
      try {
        config = StationConfig.load(configFile, env);
      } catch (StationException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
    }
    return config;
  }

  /** The station's parts, made from the resolved configuration. */
  public StationAssembly assembly() {
    return new StationAssembly(config(), env, Clock.systemUTC());
  }

  /** The data directory: the option, else the environment or config file, else the default. */
  public Path dataDir() {
    return dataDir != null ? dataDir : Path.of(config().get(Setting.DATA_DIR));
  }
}
