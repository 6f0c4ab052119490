package org.scanstation.station.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.scanstation.station.StationException;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.store.Outbox;
import org.scanstation.station.sync.AfterShipBackend;
import org.scanstation.station.sync.ApiKey;
import org.scanstation.station.sync.RateGate;
import org.scanstation.station.sync.SyncJob;

/** Builds the sync job from the configuration: the one place that chooses its adapters. */
public final class SyncWiring {
  private SyncWiring() {}

  /**
   * A sync job for {@code outbox}; {@code url} and {@code keyFile} override the config when not
   * null.
   *
   * @throws StationException naming the key or setting that is missing or wrong
   */
  public static SyncJob job(
      Outbox outbox, StationConfig config, Map<String, String> env, String url, Path keyFile) {
    String configuredFile = config.get(Setting.BACKEND_API_KEY_FILE);
    Path file =
        keyFile != null ? keyFile : configuredFile.isBlank() ? null : Path.of(configuredFile);
    ApiKey key = ApiKey.load(file, env);
    URI base;
    try {
      base = URI.create(url != null ? url : config.get(Setting.BACKEND_URL));
      if (base.getScheme() == null || !base.getScheme().startsWith("http")) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
    } catch (IllegalArgumentException e) {
      throw new StationException(
          "backend URL '"
              + (url != null ? url : config.get(Setting.BACKEND_URL))
              + "' is not usable: "
              + e.getMessage());
    }
    Clock clock = Clock.systemUTC();
    SyncJob.Settings d = SyncJob.Settings.DEFAULT;
    int concurrency = config.number(Setting.SYNC_CONCURRENCY);
    SyncJob.Settings settings =
        new SyncJob.Settings(
            concurrency,
            Math.max(d.batch(), concurrency * 4),
            d.lease(),
            d.idlePoll(),
            d.pauseProbe(),
            config.duration(Setting.SYNC_KEEP_DELIVERED));
    return new SyncJob(
        outbox,
        new AfterShipBackend(base, key, Duration.ofSeconds(15), clock),
        new RateGate(config.number(Setting.SYNC_RATE_LIMIT), clock),
        SyncJob.RETRY_BACKOFF,
        clock,
        settings);
  }
}
