package org.scanstation.station.carrier;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.scanstation.station.config.Secret;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;

/**
 * The webhook listener's settings, read once from the configuration.
 *
 * @param listen where it listens, or null: no listener
 * @param secretFile the secret's file, or null: the environment variable {@value #SECRET_ENV}
 * @param maxBody the longest body read, in bytes
 */
public record WebhookListenerSettings(InetSocketAddress listen, Path secretFile, long maxBody) {
  /** The environment variable holding the secret when no file is set. */
  public static final String SECRET_ENV = "STATION_WEBHOOK_SECRET";

  /** The settings in {@code config}. */
  public static WebhookListenerSettings from(StationConfig config) {
    Optional<?> listen = config.as(Setting.TRACKING_WEBHOOK_LISTEN, Optional.class);
    String file = config.get(Setting.TRACKING_WEBHOOK_SECRET_FILE);
    return new WebhookListenerSettings(
        (InetSocketAddress) listen.orElse(null),
        file.isBlank() ? null : Path.of(file),
        config.size(Setting.TRACKING_WEBHOOK_MAX_BODY));
  }

  /** Whether a listener is wanted. */
  public boolean enabled() {
    return listen != null;
  }

  /**
   * The signing secret, from the file or the environment.
   *
   * @throws org.scanstation.station.StationException naming the file or variable when there is none
   */
  public Secret secret(Map<String, String> env) {
    return Secret.load(
        "AfterShip webhook secret",
        secretFile,
        SECRET_ENV,
        env,
        "set tracking.webhook.secret-file or "
            + SECRET_ENV
            + ", or leave tracking.webhook.listen"
            + " empty");
  }
}
