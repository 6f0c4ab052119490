package org.scanstation.station.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.scanstation.station.StationException;
import org.scanstation.station.acceptance.AcceptanceService;
import org.scanstation.station.api.ManifestCloseOutcome;
import org.scanstation.station.api.ManifestCloseRequest;
import org.scanstation.station.api.ManifestView;
import org.scanstation.station.api.PinClient;
import org.scanstation.station.domain.manifest.ManifestIds;
import org.scanstation.station.store.ManifestQueries;
import org.scanstation.station.store.Manifests;

/**
 * The supervisor's end-of-day close: the request is checked (operator, date, origin ZIP, the
 * amendment and its reason) and the PIN tried before anything is written; a refused one changes
 * nothing. The mailing date defaults to today in the station's time zone. Thread-safe.
 */
final class ManifestActions {
  private final SupervisorPin pin;
  private final Manifests manifests;
  private final ManifestQueries queries;
  private final Clock clock;
  private final String stationId;
  private final ZoneId zone;
  private final Optional<String> originZip;

  ManifestActions(
      SupervisorPin pin,
      Manifests manifests,
      ManifestQueries queries,
      Clock clock,
      String stationId,
      ZoneId zone,
      Optional<String> originZip) {
    this.pin = Objects.requireNonNull(pin, "pin");
    this.manifests = Objects.requireNonNull(manifests, "manifests");
    this.queries = Objects.requireNonNull(queries, "queries");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stationId = Objects.requireNonNull(stationId, "stationId");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.originZip = Objects.requireNonNull(originZip, "originZip");
  }

  ManifestCloseOutcome close(ManifestCloseRequest r, PinClient client) {
    if (!AcceptanceService.isValidOperator(r.operatorId())) {
      throw new StationException("operator id must be 1-64 letters, digits or . _ @ -");
    }
    LocalDate date = date(r.date());
    String zip = zip(r.originZip());
    String amends = blankToNull(r.amends());
    String reason = reasonFor(amends, r.reason());
    pin.check(
        r.pin(), r.operatorId(), new SupervisorPin.Client(client.address(), client.session()));
    Manifests.Result result =
        manifests.close(
            new Manifests.Close(stationId, date, zone, zip, amends, reason, r.operatorId()));
    if (result instanceof Manifests.UnknownAmends) {
      throw new StationException(
          "there is no manifest " + amends + " to amend; 'station manifest list' shows them");
    }
    if (result instanceof Manifests.NothingToClose) {
      return ManifestCloseOutcome.nothing(
          "nothing to close: every parcel accepted up to the end of "
              + date
              + " ("
              + zone
              + ") is on a manifest or voided already; no manifest was made");
    }
    String id = ((Manifests.Closed) result).manifest().manifestId();
    ManifestView view = queries.view(id).orElseThrow();
    return ManifestCloseOutcome.closed(view.manifest());
  }

  /** The correction's reason, checked; null for a manifest that amends nothing. */
  private static String reasonFor(String amends, String raw) {
    if (amends == null) {
      if (blankToNull(raw) != null) {
        throw new StationException("--reason goes with --amends: only a correction has a reason");
      }
      return null;
    }
    if (!ManifestIds.isWellFormed(amends)) {
      throw new StationException(
          "--amends must be a manifest id (letters, digits and dashes, e.g. station-1-20261201-1)");
    }
    return SupervisorActions.reason(raw, "a correcting manifest", "parcel 12 missed");
  }

  private LocalDate date(String text) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    if (blankToNull(text) == null) {
      return today;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new StationException(
          "--date must be YYYY-MM-DD (e.g. 2026-12-01), got '" + printable(text) + "'");
    }
    if (date.isAfter(today)) {
      // a later day would sweep in today's parcels under tomorrow's date
      throw new StationException(
          "--date " + date + " has not begun in " + zone + " (today is " + today + ")");
    }
    return date;
  }

  private String zip(String requested) {
    String zip = blankToNull(requested);
    if (zip == null) {
      return originZip.orElse(null);
    }
    if (!zip.matches("[0-9]{5}")) {
      throw new StationException("--origin-zip must be a 5-digit ZIP Code (e.g. 10001)");
    }
    return zip;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** At most 40 characters of {@code s} without control characters, for an error message. */
  private static String printable(String s) {
    String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
