package org.scanstation.station.config;

import java.util.Locale;

/**
 * Every key the station's configuration file may hold, with its default and meaning. A key in a
 * file that is not listed here is an error (a typo must not silently fall back to a default). Every
 * key can be overridden by an environment variable: {@code STATION_} + the key in upper case with
 * {@code .} and {@code -} as {@code _}, e.g. {@code policy.mailer-id-allow} becomes {@code
 * STATION_POLICY_MAILER_ID_ALLOW}.
 *
 * <p>{@code config/station.example.properties} documents each key; a test keeps the two in step.
 */
public enum Setting {
  /** Where the station keeps its store, labels and logs. */
  DATA_DIR("data-dir", "./station-data", "Directory for the store, backups and demo files."),
  /** This station's id, recorded on every acceptance. */
  STATION_ID("station.id", "station-1", "This station's id, recorded on every acceptance."),
  /** The time zone of the station's day (a manifest's mailing date). */
  STATION_TIME_ZONE(
      "station.time-zone",
      "UTC",
      "Time zone of the station's day, e.g. America/Chicago: a manifest's mailing date and the"
          + " end of that day are reckoned in it (never the PC's own zone)."),
  /** The ZIP a manifest's pieces are mailed from. */
  MANIFEST_ORIGIN_ZIP(
      "manifest.origin-zip",
      "",
      "5-digit ZIP Code the station's parcels are mailed from, printed on each end-of-day"
          + " manifest; empty leaves it off unless 'manifest close --origin-zip' gives one."),
  /** Who presents the mail: the sender of firm sheets and the facility on manifests. */
  MAILER_NAME(
      "mailer.name",
      "",
      "The business presenting the parcels (e.g. Acme Fulfilment, Dock 3): the sender on every"
          + " firm sheet and the facility on hand-off manifests; 'manifest firm-sheet' needs it."),
  /** The mailer's address lines. */
  MAILER_ADDRESS(
      "mailer.address",
      "",
      "The mailer's address as lines separated by '|' (e.g. 1 Dock Rd|Memphis, TN 38118),"
          + " printed under mailer.name; 'manifest firm-sheet' needs it."),
  /** The scanners. */
  SCANNERS(
      "scanners",
      "",
      "Scanners as id=URI, comma-separated: serial:/dev/ttyACM0?baud=9600&suffix=CR,"
          + " tcp://host:port (ser2net, Moxa NPort) or usb:VVVV:PPPP. Keyboard-wedge scanners"
          + " need none: they type into the packer page."),
  /** Which printer serves which scanner. */
  DESK_PRINTERS(
      "desk-printers",
      "",
      "Which printer prints for which scanner, as scannerId=printerId, comma-separated (e.g."
          + " desk-1=dock-1,desk-2=dock-2); other scanners and the pages use station.printer."),
  /** The operator recorded for scanner scans when nobody is signed in. */
  STATION_OPERATOR(
      "station.operator",
      "",
      "Operator recorded on scans from scanners while nobody is signed in on the packer page;"
          + " empty refuses such scans until someone signs in."),
  /** The printer first prints go to. */
  STATION_PRINTER(
      "station.printer",
      "printer-1",
      "Id of the printer that prints each accepted parcel's label."),
  /** The label printers. */
  PRINTERS(
      "printers",
      "",
      "Label printers as id=URI, comma-separated: tcp://HOST:9100, serial:/dev/ttyUSB0?baud=9600,"
          + " usb:VID:PID or cups:QUEUE. station.printer names the one first prints go to."),
  /** How long a printer may take to answer a status query. */
  PRINTER_STATUS_TIMEOUT(
      "printer.status-timeout",
      "2s",
      "How long to wait for a printer's answer to one status query; no answer is a fault"
          + " (UNRESPONSIVE), never OK."),
  /** How often a printing or held job's printer is asked. */
  PRINTER_POLL_INTERVAL(
      "printer.poll-interval",
      "500ms",
      "Between status polls while a label prints; held jobs start here and back off to"
          + " printer.retry-max; idle printers are checked every 10 intervals."),
  /** The longest wait between polls of a held job. */
  PRINTER_RETRY_MAX(
      "printer.retry-max",
      "10s",
      "Longest wait between status polls of a printer that holds jobs (faulted or unreachable)."),
  /** How long a printer reporting no fault may keep a label unprinted. */
  PRINTER_CONFIRM_TIMEOUT(
      "printer.confirm-timeout",
      "60s",
      "How long a printer that reports no fault may keep a sent label unprinted before the job"
          + " FAILS as unconfirmed for a person to check."),
  /** The most jobs waiting for one printer. */
  PRINTER_QUEUE_LIMIT(
      "printer.queue-limit",
      "1000",
      "Most jobs held in memory for one printer; more stay QUEUED in the store and are taken as"
          + " the queue drains. Nothing is dropped."),
  /** The label printer's resolution. */
  LABEL_DPI("label.dpi", "203", "Resolution of the label printers, 203 or 300 dpi."),
  /** The service printed when nothing says which. */
  LABEL_DEFAULT_SERVICE(
      "label.default-service",
      "ground-advantage",
      "Service on labels of parcels without an imported shipment whose number names no known"
          + " service."),
  /** Mailer-ID allow-list. */
  MAILER_ID_ALLOW(
      "policy.mailer-id-allow",
      "",
      "Comma-separated Mailer IDs whose parcels are accepted; empty accepts every Mailer ID."),
  /** What to do with parcels that match no imported shipment. */
  UNKNOWN_SHIPMENT(
      "policy.unknown-shipment",
      "accept",
      "reject: refuse parcels without an imported shipment; accept: print a minimal label."),
  /** The supervisor PIN. */
  SUPERVISOR_PIN(
      "supervisor.pin",
      "",
      "PIN supervisors enter to reprint; empty disables reprints. Prefer the environment"
          + " variable STATION_SUPERVISOR_PIN to keeping it in a file."),
  /** The tracking backend. */
  BACKEND_URL(
      "backend.url",
      "https://api.aftership.com/tracking/2024-04",
      "Base URL of the tracking backend's API, version included (AfterShip Tracking API"
          + " 2024-04)."),
  /** The backend API key file. */
  BACKEND_API_KEY_FILE(
      "backend.api-key-file",
      "",
      "File holding the backend API key; empty reads STATION_BACKEND_API_KEY. Never logged."),
  /** Whether the running station syncs. */
  SYNC_ENABLED("sync.enabled", "true", "Whether 'station run' pushes acceptances to the backend."),
  /** The backend's rate limit. */
  SYNC_RATE_LIMIT(
      "sync.rate-limit", "10", "Requests per second the backend allows (AfterShip: 10)."),
  /** Calls in flight. */
  SYNC_CONCURRENCY("sync.concurrency", "4", "Backend calls in flight at once."),
  /** How long delivered outbox entries are kept. */
  SYNC_KEEP_DELIVERED(
      "sync.keep-delivered", "7d", "How long delivered outbox entries are kept (e.g. 7d, 12h)."),
  /** Where the sync sends the outbox. */
  SYNC_SINK(
      "sync.sink",
      "http",
      "Where the sync sends the outbox: http (the tracking backend, backend.*) or kafka (a topic"
          + " a fleet dispatcher drains into the backend, kafka.*; see docs/fleet.md)."),
  /** The Kafka cluster. */
  KAFKA_BOOTSTRAP_SERVERS(
      "kafka.bootstrap-servers",
      "",
      "Kafka brokers as HOST:PORT, comma-separated; sync.sink=kafka needs them. Every"
          + " kafka.client.PROP setting (or STATION_KAFKA_CLIENT_PROP) goes to the producer as"
          + " PROP, e.g. kafka.client.security.protocol=SASL_SSL."),
  /** The outbox topic. */
  KAFKA_TOPIC(
      "kafka.topic",
      "scanstation.outbox",
      "Topic each outbox entry is published to, keyed by tracking number."),
  /** The heartbeat topic. */
  KAFKA_HEARTBEAT_TOPIC(
      "kafka.heartbeat-topic",
      "scanstation.heartbeat",
      "Topic of the station's heartbeat (readiness, backlog, faulted printers), keyed by"
          + " station.id."),
  /** How often the heartbeat goes. */
  KAFKA_HEARTBEAT_INTERVAL(
      "kafka.heartbeat-interval",
      "10s",
      "How often 'station run' publishes its heartbeat when sync.sink=kafka."),
  /** The Kafka client properties file. */
  KAFKA_CLIENT_PROPERTIES_FILE(
      "kafka.client-properties-file",
      "",
      "Properties file merged into the producer's (e.g. sasl.jaas.config with the password);"
          + " readable by the station's user only. Its values are never logged, only its keys."),
  /** Where the local HTTP API and pages listen. */
  HTTP_BIND(
      "http.bind",
      "127.0.0.1",
      "Address the pages and local API listen on. Anything but 127.0.0.1 exposes them to the"
          + " network."),
  /** More names the pages and local API answer to. */
  HTTP_ALLOWED_HOSTS(
      "http.allowed-hosts",
      "",
      "More host names (comma-separated) the pages and local API answer to, besides 127.0.0.1,"
          + " localhost, [::1] and http.bind; any other Host header is refused (421)."),
  /** The local HTTP port. */
  HTTP_PORT("http.port", "8080", "Port of the pages and local API (0 picks a free one)."),
  /** Free space below which the pages warn. */
  STORE_FREE_SPACE_WARN(
      "store.free-space-warn",
      "1GiB",
      "Free space on the store's disk below which the pages and /health warn (scans are still"
          + " recorded); e.g. 1GiB, 500MiB."),
  /** Free space below which nothing is recorded. */
  STORE_FREE_SPACE_MIN(
      "store.free-space-min",
      "128MiB",
      "Free space on the store's disk below which scans are refused (STORE_UNAVAILABLE) rather"
          + " than half-written; the station resumes by itself once there is room. 0 disables."),
  /** How often the store's space and health are checked. */
  STORE_CHECK_INTERVAL(
      "store.check-interval",
      "1s",
      "How often a running station checks the store's free space and, after a fault, whether"
          + " it can write again."),
  /** Whether the running station reads back what the carrier did. */
  TRACKING_ENABLED(
      "tracking.enabled",
      "true",
      "Whether 'station run' reads back what the carrier did with each parcel (from the"
          + " backend, and from USPS for tracking.usps.own-mids)."),
  /** How often an unscanned parcel is asked about in its first day. */
  TRACKING_POLL_UNSCANNED(
      "tracking.poll.unscanned",
      "30m",
      "How long after acceptance the carrier is first asked about a parcel, and how often again"
          + " while USPS has not scanned it in its first day."),
  /** How often an unscanned parcel is asked about after its first day. */
  TRACKING_POLL_UNSCANNED_LATER(
      "tracking.poll.unscanned-later",
      "2h",
      "How often a parcel USPS has still not scanned after its first day is asked about."),
  /** How often a scanned parcel is asked about. */
  TRACKING_POLL_SCANNED(
      "tracking.poll.scanned",
      "6h",
      "How often a parcel USPS has scanned is asked about until it is delivered (webhooks"
          + " usually tell sooner)."),
  /** When the read-back gives up on a parcel. */
  TRACKING_GIVE_UP_AFTER(
      "tracking.give-up-after",
      "30d",
      "No more carrier checks for parcels accepted longer ago than this and not delivered."),
  /** USPS APIs v3. */
  TRACKING_USPS_URL(
      "tracking.usps.url",
      "https://apis.usps.com",
      "Base URL of USPS APIs v3 (token at /oauth2/v3/token, tracking at /tracking/v3)."),
  /** The station's own Mailer IDs, read back from USPS. */
  TRACKING_USPS_OWN_MIDS(
      "tracking.usps.own-mids",
      "",
      "Comma-separated Mailer IDs the station owns (6 or 9 digits): their parcels are read back"
          + " from USPS APIs v3, the rest from the backend. Empty turns the USPS read-back off."),
  /** The USPS OAuth client id. */
  TRACKING_USPS_CLIENT_ID(
      "tracking.usps.client-id",
      "",
      "OAuth client id (consumer key) of the station's USPS developer app."),
  /** The USPS client secret file. */
  TRACKING_USPS_CLIENT_SECRET_FILE(
      "tracking.usps.client-secret-file",
      "",
      "File holding the USPS client secret; empty reads STATION_USPS_CLIENT_SECRET. Never"
          + " logged."),
  /** The USPS rate limit. */
  TRACKING_USPS_RATE_LIMIT(
      "tracking.usps.rate-limit",
      "1",
      "Requests per second sent to USPS APIs v3; keep it within the app's USPS quota."),
  /** Where the AfterShip webhook listener listens. */
  TRACKING_WEBHOOK_LISTEN(
      "tracking.webhook.listen",
      "",
      "HOST:PORT the AfterShip webhook listener binds (e.g. 127.0.0.1:8081), behind a reverse"
          + " proxy; empty: no listener."),
  /** The webhook signing secret's file. */
  TRACKING_WEBHOOK_SECRET_FILE(
      "tracking.webhook.secret-file",
      "",
      "File holding the AfterShip webhook secret; empty reads STATION_WEBHOOK_SECRET. Never"
          + " logged."),
  /** The largest webhook body read. */
  TRACKING_WEBHOOK_MAX_BODY(
      "tracking.webhook.max-body",
      "256KiB",
      "Largest webhook body read; a longer one is refused (413) unread.");

  private final String key;
  private final String defaultValue;
  private final String description;

  Setting(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /** The form its value must have; every value is parsed in this form when loaded. */
  public Form form() {
    return switch (this) {
      case SYNC_ENABLED, TRACKING_ENABLED -> Form.BOOLEAN;
      case PRINTER_STATUS_TIMEOUT,
          PRINTER_POLL_INTERVAL,
          PRINTER_RETRY_MAX,
          PRINTER_CONFIRM_TIMEOUT,
          SYNC_KEEP_DELIVERED,
          KAFKA_HEARTBEAT_INTERVAL,
          STORE_CHECK_INTERVAL,
          TRACKING_POLL_UNSCANNED,
          TRACKING_POLL_UNSCANNED_LATER,
          TRACKING_POLL_SCANNED,
          TRACKING_GIVE_UP_AFTER ->
          Form.POSITIVE_DURATION;
      case STORE_FREE_SPACE_WARN, STORE_FREE_SPACE_MIN, TRACKING_WEBHOOK_MAX_BODY -> Form.SIZE;
      case TRACKING_WEBHOOK_LISTEN -> Form.LISTEN;
      case HTTP_PORT -> Form.PORT;
      case PRINTER_QUEUE_LIMIT -> Form.QUEUE_LIMIT;
      case SYNC_RATE_LIMIT, TRACKING_USPS_RATE_LIMIT -> Form.RATE;
      case SYNC_CONCURRENCY -> Form.CONCURRENCY;
      case LABEL_DPI -> Form.DPI;
      case LABEL_DEFAULT_SERVICE -> Form.SERVICE;
      case UNKNOWN_SHIPMENT -> Form.POLICY;
      case MAILER_ID_ALLOW, TRACKING_USPS_OWN_MIDS -> Form.MAILER_IDS;
      case SCANNERS -> Form.SCANNERS;
      case PRINTERS -> Form.PRINTERS;
      case DESK_PRINTERS -> Form.DEVICES;
      case BACKEND_URL, TRACKING_USPS_URL -> Form.URL;
      case STATION_TIME_ZONE -> Form.ZONE;
      case MANIFEST_ORIGIN_ZIP -> Form.ZIP;
      case SYNC_SINK -> Form.SINK;
      case KAFKA_BOOTSTRAP_SERVERS -> Form.BROKERS;
      case KAFKA_TOPIC, KAFKA_HEARTBEAT_TOPIC -> Form.TOPIC;
      default -> Form.TEXT;
    };
  }

  /** The key as written in a configuration file. */
  public String key() {
    return key;
  }

  /** The value when neither the environment nor the file sets one. */
  public String defaultValue() {
    return defaultValue;
  }

  /** One line for people: what the key does. */
  public String description() {
    return description;
  }

  /** The environment variable that overrides this key. */
  public String envName() {
    return "STATION_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The setting for a file key, or null. */
  static Setting forKey(String key) {
    for (Setting s : values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    return null;
  }
}
