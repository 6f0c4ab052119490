package org.scanstation.station.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.scanstation.label.LabelFormat;
import org.scanstation.station.StationException;
import org.scanstation.station.acceptance.AcceptanceService;
import org.scanstation.station.acceptance.LabelMaker;
import org.scanstation.station.api.AcceptOutcome;
import org.scanstation.station.api.ChainReport;
import org.scanstation.station.api.CompleteOutcome;
import org.scanstation.station.api.CompleteRequest;
import org.scanstation.station.api.ImportSummary;
import org.scanstation.station.api.ManifestCloseOutcome;
import org.scanstation.station.api.ManifestCloseRequest;
import org.scanstation.station.api.ManifestSummary;
import org.scanstation.station.api.ManifestView;
import org.scanstation.station.api.OpenManifest;
import org.scanstation.station.api.OutboxEntry;
import org.scanstation.station.api.OutboxReport;
import org.scanstation.station.api.ParcelTracking;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.api.PinClient;
import org.scanstation.station.api.ProofRecord;
import org.scanstation.station.api.ReprintOutcome;
import org.scanstation.station.api.ReprintRequest;
import org.scanstation.station.api.ShiftCounts;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.api.SupervisorOperations;
import org.scanstation.station.api.UnscannedReport;
import org.scanstation.station.api.VoidOutcome;
import org.scanstation.station.api.VoidRequest;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.domain.acceptance.AcceptancePolicy;
import org.scanstation.station.domain.acceptance.Scan;
import org.scanstation.station.domain.acceptance.UnknownShipment;
import org.scanstation.station.domain.policy.MailerIdAllowList;
import org.scanstation.station.domain.receipt.SignedReceipt;
import org.scanstation.station.domain.tracking.ParseResult;
import org.scanstation.station.domain.tracking.Rejection;
import org.scanstation.station.domain.tracking.TrackingNumberParser;
import org.scanstation.station.domain.tracking.ValidScan;
import org.scanstation.station.labels.StationLabels;
import org.scanstation.station.shipments.ShipmentImport;
import org.scanstation.station.store.AuditLog;
import org.scanstation.station.store.ChainVerifier;
import org.scanstation.station.store.Completions;
import org.scanstation.station.store.DerbyAcceptanceLedger;
import org.scanstation.station.store.EndOfDayQueries;
import org.scanstation.station.store.ManifestQueries;
import org.scanstation.station.store.Manifests;
import org.scanstation.station.store.Outbox;
import org.scanstation.station.store.ParcelQueries;
import org.scanstation.station.store.PrintJobStatus;
import org.scanstation.station.store.ProofExporter;
import org.scanstation.station.store.Reprints;
import org.scanstation.station.store.ShiftQueries;
import org.scanstation.station.store.ShipmentStore;
import org.scanstation.station.store.StationStore;
import org.scanstation.station.store.StoreCheck;
import org.scanstation.station.store.TrackingQueries;
import org.scanstation.station.store.UnscannedQueries;
import org.scanstation.station.store.Voids;

/**
 * The station's operations on a store this process owns. Thread-safe. Closing it closes the store.
 */
public final class LocalStation implements StationOperations, SupervisorOperations {
  private final StationStore store;
  private final Clock clock;
  private final AcceptanceService acceptance;
  private final ShipmentImport shipments;
  private final ParcelQueries parcels;
  private final TrackingQueries tracking;
  private final UnscannedQueries unscanned;
  private final Reprints reprints;
  private final AuditLog audit;
  private final SupervisorPin pin;
  private final String defaultPrinter;
  private final Outbox outbox;
  private final SupervisorActions actions;
  private final Receipts receipts;
  private final ManifestActions manifestActions;
  private final ManifestQueries manifests;
  private final EndOfDayQueries endOfDay;
  private final ShiftQueries shifts;
  private final ZoneId zone;
  private final List<Consumer<String>> printJobListeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Operations on {@code store}, configured by {@code config}. */
  public LocalStation(StationStore store, StationConfig config, LabelMaker labels, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.audit = new AuditLog(store, clock);
    this.defaultPrinter = config.get(Setting.STATION_PRINTER);
    this.acceptance =
        new AcceptanceService(
            policy(config),
            new DerbyAcceptanceLedger(store, config.duration(Setting.TRACKING_POLL_UNSCANNED)),
            labels,
            clock,
            config.get(Setting.STATION_ID),
            printerFor(config),
            UUID::randomUUID);
    this.shipments = new ShipmentImport(new ShipmentStore(store, clock));
    this.parcels = new ParcelQueries(store);
    this.tracking = new TrackingQueries(store);
    this.unscanned = new UnscannedQueries(store);
    this.reprints = new Reprints(store, clock);
    this.outbox = new Outbox(store, clock);
    this.pin =
        new SupervisorPin(
            config.get(Setting.SUPERVISOR_PIN),
            clock,
            (actor, why) -> audit.append(safeActor(actor), "PIN_REFUSED", null, why));
    this.actions =
        new SupervisorActions(pin, new Voids(store, clock), new Completions(store, clock));
    this.receipts = new Receipts(store);
    this.manifests = new ManifestQueries(store);
    this.endOfDay = new EndOfDayQueries(store);
    this.shifts = new ShiftQueries(store);
    this.zone = config.as(Setting.STATION_TIME_ZONE, ZoneId.class);
    this.manifestActions = manifestActions(config, store, clock, pin, manifests);
  }

  @SuppressWarnings("unchecked")
  private static ManifestActions manifestActions(
      StationConfig config, StationStore store, Clock clock, SupervisorPin pin, ManifestQueries q) {
    return new ManifestActions(
        pin,
        new Manifests(store, clock),
        q,
        clock,
        config.get(Setting.STATION_ID),
        config.as(Setting.STATION_TIME_ZONE, ZoneId.class),
        config.as(Setting.MANIFEST_ORIGIN_ZIP, Optional.class));
  }

  /** The acceptance policy the config describes. */
  public static AcceptancePolicy policy(StationConfig config) {
    return new AcceptancePolicy(
        config.as(Setting.MAILER_ID_ALLOW, MailerIdAllowList.class),
        config.as(Setting.UNKNOWN_SHIPMENT, UnknownShipment.class));
  }

  /**
   * Tells {@code listener} the id of every print job a reprint queues, after commit, on the
   * reprinting thread (the running station's print service takes them from there).
   */
  public void onPrintJobQueued(Consumer<String> listener) {
    printJobListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Which printer a scanner's first prints go to: {@code desk-printers} maps scanner ids to printer
   * ids; every other scanner (and manual entry) uses {@code station.printer}.
   *
   * @throws StationException naming the key when the mapping is malformed
   */
  static Function<String, String> printerFor(StationConfig config) {
    Map<String, String> desks = config.devices(Setting.DESK_PRINTERS);
    String fallback = config.get(Setting.STATION_PRINTER);
    return scanner -> desks.getOrDefault(scanner, fallback);
  }

  /** The acceptance service, for scanners and the pages of a running station. */
  public AcceptanceService acceptance() {
    return acceptance;
  }

  /** The store, for the parts of a running station that need it (print queue, sync). */
  public StationStore store() {
    return store;
  }

  @Override
  public String describe() {
    return "opened store " + store.path() + " directly";
  }

  @Override
  public AcceptOutcome accept(String raw, String operatorId, String scannerId) {
    return AcceptOutcome.of(
        acceptance.accept(new Scan(raw, scannerId, clock.instant()), operatorId));
  }

  @Override
  public ImportSummary importShipments(List<ShipmentRecord> rows, String actor) {
    return shipments.run(rows, safeActor(actor));
  }

  @Override
  public Optional<ParcelView> show(String trackingNumberOrOrderId) {
    String key = trackingNumberOrOrderId.strip();
    ParseResult parsed = new TrackingNumberParser().parse(key);
    String normalized = parsed instanceof ValidScan v ? v.trackingNumber().digits() : key;
    return parcels.show(normalized);
  }

  @Override
  public Optional<ParcelTracking> track(String trackingNumberOrOrderId) {
    return show(trackingNumberOrOrderId)
        .filter(p -> p.acceptance() != null)
        .flatMap(p -> tracking.track(p.trackingNumber()));
  }

  @Override
  public SignedReceipt receipt(String trackingNumberOrOrderId) {
    return show(trackingNumberOrOrderId)
        .filter(p -> p.acceptance() != null)
        .map(p -> receipts.receipt(p.trackingNumber()))
        .orElseThrow(() -> Receipts.notAccepted(trackingNumberOrOrderId));
  }

  @Override
  public UnscannedReport unscanned(Duration olderThan) {
    return unscanned.report(olderThan, clock.instant());
  }

  @Override
  public ReprintOutcome reprint(ReprintRequest r) {
    return reprint(r, PinClient.LOCAL);
  }

  /**
   * Queues a reprint asked for by {@code client}, whose wrong PINs count against it alone.
   *
   * @throws SupervisorPin.Refused when the PIN is missing, wrong or tried too often
   */
  @Override
  public ReprintOutcome reprint(ReprintRequest r, PinClient client) {
    if (!AcceptanceService.isValidOperator(r.operatorId())) {
      throw new StationException("operator id must be 1-64 letters, digits or . _ @ -");
    }
    String reason = SupervisorActions.reason(r.reason(), "a reprint", "label smudged");
    pin.check(r.pin(), r.operatorId(), pinClient(client));
    ParseResult parsed = new TrackingNumberParser().parse(r.trackingNumber());
    if (parsed instanceof Rejection x) {
      throw new StationException("cannot reprint: " + x.message());
    }
    String number = ((ValidScan) parsed).trackingNumber().digits();
    String printer = r.printer() == null || r.printer().isBlank() ? defaultPrinter : r.printer();
    Reprints.Queued q =
        reprints
            .queue(number, r.operatorId(), reason, printer)
            .orElseThrow(
                () ->
                    new StationException(
                        number + " was never accepted here; nothing to" + " reprint"));
    for (Consumer<String> l : printJobListeners) {
      l.accept(q.jobId());
    }
    return new ReprintOutcome(
        q.jobId(), number, printer, PrintJobStatus.QUEUED.name(), q.labelSha256());
  }

  @Override
  public VoidOutcome voidAcceptance(VoidRequest r) {
    return voidAcceptance(r, PinClient.LOCAL);
  }

  /**
   * Voids an acceptance asked for by {@code client}, whose wrong PINs count against it alone.
   *
   * @throws SupervisorPin.Refused when the PIN is missing, wrong or tried too often
   */
  @Override
  public VoidOutcome voidAcceptance(VoidRequest r, PinClient client) {
    return actions.voidAcceptance(r, client);
  }

  @Override
  public CompleteOutcome complete(CompleteRequest r) {
    return complete(r, PinClient.LOCAL);
  }

  /**
   * Marks a tracking completed, asked for by {@code client}, whose wrong PINs count against it.
   *
   * @throws SupervisorPin.Refused when the PIN is missing, wrong or tried too often
   */
  @Override
  public CompleteOutcome complete(CompleteRequest r, PinClient client) {
    return actions.complete(r, client);
  }

  /**
   * Tells {@code listener} after a void or a completion committed an outbox entry, on the calling
   * thread (the running station's sync job wakes from there).
   */
  public void onOutboxWritten(Runnable listener) {
    actions.onOutboxWritten(listener);
  }

  @Override
  public ManifestCloseOutcome closeManifest(ManifestCloseRequest r) {
    return closeManifest(r, PinClient.LOCAL);
  }

  /**
   * Closes the end-of-day manifest asked for by {@code client}, whose wrong PINs count against it.
   *
   * @throws SupervisorPin.Refused when the PIN is missing, wrong or tried too often
   */
  @Override
  public ManifestCloseOutcome closeManifest(ManifestCloseRequest r, PinClient client) {
    return manifestActions.close(r, client);
  }

  @Override
  public List<ManifestSummary> manifests(int limit) {
    return manifests.list(Math.max(1, Math.min(10_000, limit)));
  }

  @Override
  public Optional<ManifestView> manifest(String manifestId) {
    return manifests.view(manifestId.strip());
  }

  @Override
  public void export(Instant from, Instant to, Consumer<ProofRecord> sink) {
    new ProofExporter(store).export(from, to, sink);
  }

  @Override
  public OptionalLong exportCount(Instant from, Instant to) {
    return OptionalLong.of(new ProofExporter(store).count(from, to));
  }

  @Override
  public ChainReport verify() {
    return verify(n -> {});
  }

  @Override
  public ChainReport verify(LongConsumer linksChecked) {
    return new StoreCheck(store).run(linksChecked);
  }

  @Override
  public OptionalLong chainLength() {
    return OptionalLong.of(new ChainVerifier(store).length());
  }

  @Override
  public Path backup(Path dir) {
    Path where = store.backup(dir);
    audit.append("system", "BACKUP", null, "online backup to " + where);
    return where;
  }

  @Override
  public OutboxReport outboxStats() {
    Outbox.Stats s = outbox.stats();
    Instant oldest = s.oldestPending();
    long age =
        oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
    return new OutboxReport(
        s.pending(),
        s.quarantined(),
        s.delivered(),
        oldest == null ? null : oldest.toString(),
        age);
  }

  @Override
  public List<OutboxEntry> outboxList(String status, int limit) {
    Outbox.Status st;
    try {
      st = status == null ? null : Outbox.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new StationException("status must be pending, delivered or quarantined");
    }
    return outbox.list(st, limit).stream()
        .map(
            v ->
                new OutboxEntry(
                    v.eventId(),
                    v.trackingNumber(),
                    v.status().name(),
                    v.attempts(),
                    v.nextAttemptAt().toString(),
                    v.lastError(),
                    v.createdAt().toString(),
                    v.kind().name()))
        .toList();
  }

  @Override
  public boolean outboxRetry(String eventId, String actor) {
    return outbox.retry(eventId, safeActor(actor));
  }

  @Override
  public int outboxRetryAll(String actor) {
    return outbox.retryAll(safeActor(actor));
  }

  /**
   * Checks a supervisor PIN for an action of the pages.
   *
   * @param client who asks; its wrong PINs lock out that client (and, many of them, its address)
   * @throws SupervisorPin.Refused when it is wrong, missing, or tried too often
   */
  @Override
  public void checkPin(String entered, String actor, PinClient client) {
    pin.check(entered, actor, pinClient(client));
  }

  private static SupervisorPin.Client pinClient(PinClient c) {
    return new SupervisorPin.Client(c.address(), c.session());
  }

  @Override
  public List<ParcelView.AuditEntry> audit(int limit) {
    return audit.entries(null, limit);
  }

  @Override
  public OpenManifest openManifest() {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    return endOfDay.waiting(today, today.plusDays(1).atStartOfDay(zone).toInstant());
  }

  @Override
  public ShiftCounts shift() {
    Instant now = clock.instant();
    return shifts.day(LocalDate.ofInstant(now, zone), zone, now);
  }

  @Override
  public Optional<String> manifestHolding(String trackingNumberOrOrderId) {
    return show(trackingNumberOrOrderId)
        .filter(p -> p.acceptance() != null)
        .flatMap(p -> endOfDay.manifestHolding(p.trackingNumber()));
  }

  @Override
  public String receiptKeyFingerprint() {
    return receipts.fingerprint();
  }

  @Override
  public Optional<byte[]> labelPng(String trackingNumber) {
    return labelPreview(trackingNumber, LabelFormat.PNG);
  }

  /** The stored label of an accepted parcel rendered as {@code format}, if it was accepted. */
  public Optional<byte[]> labelPreview(String trackingNumber, LabelFormat format) {
    return show(trackingNumber)
        .filter(v -> v.acceptance() != null && v.label() != null)
        .flatMap(
            v ->
                parcels
                    .labelModel(v.acceptance().eventId().toString())
                    .map(json -> StationLabels.render(json, format, v.label().dpi())));
  }

  /** The outbox, for the sync job of a running station. */
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public void close() {
    pin.flush();
    store.close();
  }

  private static String safeActor(String actor) {
    return AcceptanceService.isValidOperator(actor) ? actor : "unknown";
  }
}
