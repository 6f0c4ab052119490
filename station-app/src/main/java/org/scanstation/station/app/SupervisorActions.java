package org.scanstation.station.app;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.scanstation.station.StationException;
import org.scanstation.station.acceptance.AcceptanceService;
import org.scanstation.station.api.CompleteOutcome;
import org.scanstation.station.api.CompleteRequest;
import org.scanstation.station.api.PinClient;
import org.scanstation.station.api.VoidOutcome;
import org.scanstation.station.api.VoidRequest;
import org.scanstation.station.domain.acceptance.VoidEvent;
import org.scanstation.station.domain.carrier.CompletionReason;
import org.scanstation.station.domain.carrier.WatchState;
import org.scanstation.station.domain.manifest.Manifest;
import org.scanstation.station.domain.tracking.ParseResult;
import org.scanstation.station.domain.tracking.Rejection;
import org.scanstation.station.domain.tracking.TrackingNumberParser;
import org.scanstation.station.domain.tracking.ValidScan;
import org.scanstation.station.store.Completions;
import org.scanstation.station.store.Voids;

/**
 * The supervisor's void and mark-as-completed: each request is checked (operator id, reason,
 * number) and the PIN tried before anything is written; a refused one changes nothing. After the
 * commit, the listeners hear that the outbox has work (the running station's sync job wakes).
 * Thread-safe.
 */
final class SupervisorActions {
  private final SupervisorPin pin;
  private final Voids voids;
  private final Completions completions;
  private final List<Runnable> outboxListeners = new CopyOnWriteArrayList<>();

  SupervisorActions(SupervisorPin pin, Voids voids, Completions completions) {
    this.pin = Objects.requireNonNull(pin, "pin");
    this.voids = Objects.requireNonNull(voids, "voids");
    this.completions = Objects.requireNonNull(completions, "completions");
  }

  void onOutboxWritten(Runnable listener) {
    outboxListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  VoidOutcome voidAcceptance(VoidRequest r, PinClient client) {
    String reason = reason(r.reason(), "a void", "customer cancelled the order");
    String number = checked(r.operatorId(), r.pin(), client, r.trackingNumber(), "void");
    Voids.Result result = voids.voidAcceptance(number, r.operatorId(), reason);
    if (result instanceof Voids.NotAccepted) {
      throw new StationException(number + " was never accepted here; nothing to void");
    }
    if (result instanceof Voids.AlreadyVoided already) {
      VoidEvent v = already.link();
      throw new StationException(
          number
              + " was voided already, by "
              + v.actor()
              + " at "
              + v.voidedAt()
              + " (chain link #"
              + v.seq()
              + ")");
    }
    if (result instanceof Voids.HandedOff handed) {
      Manifest m = handed.manifest();
      throw new StationException(
          number
              + " was handed off on manifest "
              + m.manifestId()
              + " (closed by "
              + m.closedBy()
              + " at "
              + m.closedAt()
              + "): it is in the carrier's hands and a closed manifest never changes, so it"
              + " cannot be voided");
    }
    Voids.Voided done = (Voids.Voided) result;
    outboxListeners.forEach(Runnable::run);
    VoidEvent v = done.link();
    return new VoidOutcome(
        number,
        v.seq(),
        v.eventId().toString(),
        v.hash(),
        v.voidedAt().toString(),
        done.cancelledJobs(),
        done.createWithdrawn() ? "NOTHING_SENT" : "DELETE_QUEUED");
  }

  CompleteOutcome complete(CompleteRequest r, PinClient client) {
    CompletionReason as =
        CompletionReason.parse(r.as())
            .orElseThrow(
                () ->
                    new StationException(
                        "mark as completed needs --as DELIVERED, LOST or RETURNED_TO_SENDER"
                            + " (what the backend's mark-as-completed allows)"));
    String reason = reason(r.reason(), "a completion", "customer confirmed receipt");
    String number = checked(r.operatorId(), r.pin(), client, r.trackingNumber(), "complete");
    Completions.Result result = completions.complete(number, as, r.operatorId(), reason);
    if (result instanceof Completions.NotAccepted) {
      throw new StationException(number + " was never accepted here; nothing to complete");
    }
    if (result instanceof Completions.Refused refused) {
      throw new StationException(refused.why());
    }
    Completions.Queued q = (Completions.Queued) result;
    outboxListeners.forEach(Runnable::run);
    return new CompleteOutcome(
        number, as.name(), WatchState.COMPLETED.name(), q.stateReason(), q.entryId());
  }

  /** Checks the operator and the PIN, then parses the number; returns its digits. */
  private String checked(
      String operatorId, String entered, PinClient client, String trackingNumber, String what) {
    if (!AcceptanceService.isValidOperator(operatorId)) {
      throw new StationException("operator id must be 1-64 letters, digits or . _ @ -");
    }
    pin.check(entered, operatorId, new SupervisorPin.Client(client.address(), client.session()));
    ParseResult parsed =
        new TrackingNumberParser().parse(trackingNumber == null ? "" : trackingNumber);
    if (parsed instanceof Rejection x) {
      throw new StationException("cannot " + what + ": " + x.message());
    }
    return ((ValidScan) parsed).trackingNumber().digits();
  }

  /**
   * A supervisor action's reason: 3-500 characters without control characters, stripped.
   *
   * @throws StationException naming the action and an example
   */
  static String reason(String raw, String action, String example) {
    String reason = raw == null ? "" : raw.strip();
    if (reason.length() < 3 || reason.length() > 500 || reason.chars().anyMatch(c -> c < 0x20)) {
      throw new StationException(
          action + " needs a reason of 3-500 characters on one line (e.g. '" + example + "')");
    }
    return reason;
  }
}
