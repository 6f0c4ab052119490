package org.scanstation.station.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.scanstation.station.StationException;
import org.scanstation.station.carrier.AfterShipReads;
import org.scanstation.station.carrier.OwnMids;
import org.scanstation.station.carrier.ReadBack;
import org.scanstation.station.carrier.ReadSource;
import org.scanstation.station.carrier.UspsTracking;
import org.scanstation.station.carrier.WebhookListenerSettings;
import org.scanstation.station.carrier.WebhookServer;
import org.scanstation.station.config.ApiKey;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.carrier.PollPlan;
import org.scanstation.station.ratelimit.RateGate;
import org.scanstation.station.store.DerbyCarrierLedger;
import org.scanstation.station.store.StationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The carrier read-back's parts, for {@link StationAssembly}: its sources (AfterShip behind the
 * backend's one gate, USPS APIs v3 for the station's own Mailer IDs), its schedule, and the webhook
 * listener. Builds nothing until asked. Thread-safe.
 */
final class CarrierParts {
  private static final Logger log = LoggerFactory.getLogger(CarrierParts.class);

  private final StationConfig config;
  private final Map<String, String> env;
  private final Clock clock;

  CarrierParts(StationConfig config, Map<String, String> env, Clock clock) {
    this.config = config;
    this.env = env;
    this.clock = clock;
  }

  /** When to ask the carrier: {@code tracking.poll.*}. */
  PollPlan plan() {
    return new PollPlan(
        config.duration(Setting.TRACKING_POLL_UNSCANNED),
        config.duration(Setting.TRACKING_POLL_UNSCANNED_LATER),
        config.duration(Setting.TRACKING_POLL_SCANNED),
        config.duration(Setting.TRACKING_GIVE_UP_AFTER));
  }

  /**
   * The read-back on {@code store}: AfterShip when the backend's API key is there, USPS when the
   * station has Mailer IDs of its own.
   *
   * @throws StationException naming what is missing when neither source can be read
   */
  ReadBack readBack(StationStore store, RateGate backendGate, Path keyFile) {
    ReadSource aftership = null;
    String why = null;
    try {
      aftership =
          new ReadSource(
              new AfterShipReads(
                  config.url(Setting.BACKEND_URL),
                  ApiKey.load(keyFile, env),
                  StationAssembly.BACKEND_TIMEOUT,
                  clock),
              backendGate);
    } catch (StationException e) {
      why = e.getMessage();
    }
    OwnMids own = OwnMids.from(config);
    ReadSource usps = own.isEmpty() ? null : usps();
    if (aftership == null && usps == null) {
      throw new StationException(
          "the carrier read-back has nothing to read from: "
              + why
              + ", and tracking.usps.own-mids"
              + " is empty");
    }
    if (aftership == null) {
      log.warn("read-back: only USPS parcels ({}) are read; AfterShip: {}", own, why);
    }
    return new ReadBack(
        new ReadBack.Parts(
            new DerbyCarrierLedger(store), aftership, usps, own::owns, plan(), clock),
        Duration.ofSeconds(5));
  }

  private ReadSource usps() {
    URI base = config.url(Setting.TRACKING_USPS_URL);
    String clientId = config.get(Setting.TRACKING_USPS_CLIENT_ID).strip();
    if (clientId.isEmpty()) {
      throw new StationException(
          "tracking.usps.own-mids is set but tracking.usps.client-id is empty: USPS APIs v3 needs"
              + " the station's OAuth client id and secret");
    }
    return new ReadSource(
        new UspsTracking(
            base,
            clientId,
            UspsTracking.clientSecret(config, env),
            StationAssembly.BACKEND_TIMEOUT,
            clock),
        new RateGate(config.number(Setting.TRACKING_USPS_RATE_LIMIT), clock));
  }

  /**
   * The webhook listener {@code tracking.webhook.*} asks for, into {@code readBack}; null when off.
   */
  WebhookServer webhooks(StationStore store) {
    WebhookListenerSettings s = WebhookListenerSettings.from(config);
    if (!s.enabled()) {
      return null;
    }
    return WebhookServer.start(
        s.listen(),
        s.secret(env),
        s.maxBody(),
        ReadBack.inbox(new DerbyCarrierLedger(store), plan(), clock));
  }
}
