package org.scanstation.station.acceptance;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.scanstation.station.StationException;
import org.scanstation.station.StoreUnavailableException;
import org.scanstation.station.api.OutboxPayload;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.AcceptancePolicy;
import org.scanstation.station.domain.acceptance.AcceptanceResult;
import org.scanstation.station.domain.acceptance.Accepted;
import org.scanstation.station.domain.acceptance.Duplicate;
import org.scanstation.station.domain.acceptance.Rejected;
import org.scanstation.station.domain.acceptance.Scan;
import org.scanstation.station.domain.acceptance.Shipment;
import org.scanstation.station.domain.acceptance.VoidEvent;
import org.scanstation.station.domain.tracking.ParseResult;
import org.scanstation.station.domain.tracking.RejectReason;
import org.scanstation.station.domain.tracking.Rejection;
import org.scanstation.station.domain.tracking.RoutingZip;
import org.scanstation.station.domain.tracking.TrackingNumber;
import org.scanstation.station.domain.tracking.TrackingNumberParser;
import org.scanstation.station.domain.tracking.ValidScan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a scan into a durable acceptance: validate, apply policy, render the label, then record the
 * acceptance, label, first print job and outbox entry in one transaction. The result is returned
 * (and listeners told) only after commit; what happens after (printing, sync) can never undo it.
 * Thread-safe: scanners may call it concurrently.
 */
public final class AcceptanceService {
  private static final Logger log = LoggerFactory.getLogger(AcceptanceService.class);
  private static final Pattern OPERATOR = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  private final TrackingNumberParser parser = new TrackingNumberParser();
  private final AcceptancePolicy policy;
  private final AcceptanceLedger ledger;
  private final LabelMaker labels;
  private final Clock clock;
  private final String stationId;
  private final Function<String, String> printerFor;
  private final Supplier<UUID> eventIds;
  private final List<AcceptanceListener> listeners = new CopyOnWriteArrayList<>();

  /**
   * A service for one station.
   *
   * @param stationId this station's id, recorded on every acceptance
   * @param printerFor the printer a scanner's first prints go to, by scanner id
   */
  public AcceptanceService(
      AcceptancePolicy policy,
      AcceptanceLedger ledger,
      LabelMaker labels,
      Clock clock,
      String stationId,
      Function<String, String> printerFor,
      Supplier<UUID> eventIds) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.labels = Objects.requireNonNull(labels, "labels");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stationId = Objects.requireNonNull(stationId, "stationId");
    this.printerFor = Objects.requireNonNull(printerFor, "printerFor");
    this.eventIds = Objects.requireNonNull(eventIds, "eventIds");
  }

  /** Adds a listener told of every result after commit. */
  public void addListener(AcceptanceListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Whether an operator id is acceptable: 1-64 letters, digits and {@code . _ @ -}. */
  public static boolean isValidOperator(String operatorId) {
    return operatorId != null && OPERATOR.matcher(operatorId).matches();
  }

  /**
   * Accepts, refuses or recognises one scan. Blocks until the outcome is durable.
   *
   * <p>A store that cannot write gives a {@code STORE_UNAVAILABLE} rejection (nothing recorded),
   * told to listeners like any other result, so the packer sees it.
   *
   * @throws StationException when the operator id is not valid, or the store fails otherwise (then
   *     nothing was recorded and the packer must rescan)
   */
  public AcceptanceResult accept(Scan scan, String operatorId) {
    if (!isValidOperator(operatorId)) {
      throw new StationException(
          "operator id must be 1-64 letters, digits or . _ @ - ; sign in again");
    }
    UUID eventId = eventIds.get(); // made at scan time: the idempotency key from here on
    AcceptanceResult result;
    Optional<String> down = ledger.unavailable();
    try {
      result = down.isPresent() ? storeDown(scan, down.get()) : decide(scan, operatorId, eventId);
    } catch (StoreUnavailableException e) {
      log.error("scan from {} not recorded: {}", scan.scannerId(), e.getMessage());
      result = storeDown(scan, ledger.unavailable().orElse(e.getMessage()));
    }
    tell(scan, operatorId, result);
    return result;
  }

  /** The refusal of a scan the store cannot record: the packer must stop and keep the parcel. */
  private static Rejected storeDown(Scan scan, String why) {
    return new Rejected(
        scan.raw(),
        RejectReason.STORE_UNAVAILABLE,
        "NOT ACCEPTED: the station cannot record parcels now ("
            + why
            + "). Stop scanning and call a supervisor; keep this parcel and scan it again when"
            + " the screen says the store is back");
  }

  /**
   * Tells listeners of a scan the station refused before validating it (e.g. nobody signed in), so
   * the pages show it like any other rejection. Nothing is recorded.
   */
  public void refuse(Scan scan, Rejected rejection) {
    tell(scan, "", rejection);
  }

  private void tell(Scan scan, String operatorId, AcceptanceResult result) {
    for (AcceptanceListener l : listeners) {
      try {
        l.onResult(scan, operatorId, result);
      } catch (RuntimeException e) {
        log.warn("listener failed after a committed result; the result stands", e);
      }
    }
  }

  private AcceptanceResult decide(Scan scan, String operatorId, UUID eventId) {
    ParseResult parsed = parser.parse(scan.raw());
    if (parsed instanceof Rejection r) {
      return Rejected.of(scan.raw(), r);
    }
    ValidScan valid = (ValidScan) parsed;
    TrackingNumber number = valid.trackingNumber();
    Optional<AcceptanceEvent> earlier = ledger.find(number);
    if (earlier.isPresent()) {
      return ledger
          .voided(number)
          .<AcceptanceResult>map(v -> Rejected.of(scan.raw(), voidedAgain(v)))
          .orElseGet(() -> new Duplicate(scan.raw(), earlier.get()));
    }
    Optional<Shipment> shipment = ledger.shipment(number);
    Optional<Rejection> refused = policy.check(valid, shipment);
    if (refused.isPresent()) {
      return Rejected.of(scan.raw(), refused.get());
    }
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    RoutingZip zip = routingZip(valid, shipment);
    LabelArtifact label =
        labels.make(
            new LabelRequest(number, zip, shipment.orElse(null), stationId, operatorId, at));
    NewAcceptance draft =
        new NewAcceptance(
            eventId,
            number,
            valid.routingZip(),
            stationId,
            operatorId,
            scan.scannerId(),
            scan.raw(),
            scan.symbology(),
            at,
            label,
            printerFor.apply(scan.scannerId()),
            payload(eventId, number, shipment, zip, operatorId, at));
    RecordOutcome outcome = ledger.record(draft);
    if (outcome instanceof RecordOutcome.Recorded rec) {
      return new Accepted(scan.raw(), rec.event(), serviceName(number, shipment), rec.printJobId());
    }
    return new Duplicate(scan.raw(), ((RecordOutcome.AlreadyAccepted) outcome).original());
  }

  /** A voided parcel is never accepted again: it was pulled back, so scanning it is a mistake. */
  private static Rejection voidedAgain(VoidEvent v) {
    return new Rejection(
        RejectReason.VOIDED,
        "this parcel's acceptance was voided by "
            + v.actor()
            + " at "
            + v.voidedAt()
            + "; it is not accepted again: set it aside for a supervisor");
  }

  /** The scan's ZIP, else the shipment's delivery ZIP; null when neither is usable. */
  private static RoutingZip routingZip(ValidScan scan, Optional<Shipment> shipment) {
    if (scan.routingZip() != null) {
      return scan.routingZip();
    }
    try {
      return shipment.map(s -> RoutingZip.parse(s.to().zip())).orElse(null);
    } catch (IllegalArgumentException e) {
      return null; // the import checks ZIPs; an odd one only costs the barcode its routing
    }
  }

  private static String serviceName(TrackingNumber number, Optional<Shipment> shipment) {
    return shipment.map(Shipment::service).or(number::serviceName).orElse(null);
  }

  private String payload(
      UUID eventId, TrackingNumber n, Optional<Shipment> s, RoutingZip zip, String op, Instant at) {
    String orderId = s.map(Shipment::orderId).orElse(null);
    return JsonMapper.shared()
        .writeValueAsString(
            new OutboxPayload(
                eventId.toString(),
                n.digits(),
                "usps",
                orderId,
                orderId != null ? orderId : n.digits(),
                zip == null ? null : zip.digits(),
                stationId,
                op,
                at.toString(),
                AcceptanceEvent.ARRIVED_AT_PARTNER_FACILITY));
  }
}
