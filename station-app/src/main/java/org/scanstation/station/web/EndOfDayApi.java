package org.scanstation.station.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scanstation.paperwork.PaperSize;
import org.scanstation.station.api.ManifestSummary;
import org.scanstation.station.api.ManifestView;
import org.scanstation.station.api.OpenManifest;
import org.scanstation.station.api.StationOperations;
import org.scanstation.station.api.SupervisorOperations;
import org.scanstation.station.documents.ManifestDocuments;
import org.scanstation.station.domain.manifest.ManifestIds;

/**
 * The supervisor page's end-of-day panel, under {@value SupervisorApi#BASE}: the pieces waiting for
 * today's close, the latest closed manifests, their hand-off manifest and firm sheet as PDF
 * downloads, and which manifest a parcel is on. Behind the supervisor PIN like every supervisor
 * route (the guard {@link SupervisorApi} installs). Thread-safe.
 */
final class EndOfDayApi {
  /** How many closed manifests the panel lists, newest first. */
  static final int LISTED = 30;

  /** A closed manifest as the panel lists it: its header and how many pieces need a firm sheet. */
  record ClosedManifest(ManifestSummary manifest, int accountablePieces) {}

  /** The panel: what waits for today's close, and the latest closed manifests. */
  record Panel(OpenManifest open, List<ClosedManifest> closed) {}

  private interface Drawing {
    byte[] draw(ManifestView view, PaperSize paper);
  }

  private final StationOperations station;
  private final SupervisorOperations supervisor;
  private final ManifestDocuments documents;

  EndOfDayApi(
      StationOperations station, SupervisorOperations supervisor, ManifestDocuments documents) {
    this.station = Objects.requireNonNull(station, "station");
    this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
    this.documents = Objects.requireNonNull(documents, "documents");
  }

  /** Adds the routes; the supervisor guard must be installed on {@code routes} as well. */
  void install(RouteTable.Builder routes) {
    routes.add(
        get("/end-of-day", this::panel),
        get("/manifests/{id}/manifest.pdf", ex -> pdf(ex, "manifest", this::handOff))
            .withQuery("paper"),
        get("/manifests/{id}/firm-sheet.pdf", ex -> pdf(ex, "firm-sheet", documents::firmSheet))
            .withQuery("paper"),
        get("/parcels/{key}/manifest", this::holding));
  }

  private static Route get(String path, Route.Handler handler) {
    return Route.of("GET", SupervisorApi.BASE + path, Access.SUPERVISOR, handler);
  }

  private void panel(Exchange ex) throws IOException {
    List<ClosedManifest> closed = new ArrayList<>();
    for (ManifestSummary m : station.manifests(LISTED)) {
      int accountable =
          station.manifest(m.id()).map(ManifestDocuments::accountablePieces).orElse(0);
      closed.add(new ClosedManifest(m, accountable));
    }
    ex.json(200, new Panel(supervisor.openManifest(), closed));
  }

  private byte[] handOff(ManifestView view, PaperSize paper) {
    return documents.handOff(view, paper, supervisor.receiptKeyFingerprint());
  }

  /**
   * A document of a closed manifest as a download: 400 for an id that is not a manifest id or a
   * paper that is neither letter nor a4, 404 for no such manifest, 400 with the reason when the
   * document cannot be made (a firm sheet of a manifest without accountable pieces).
   */
  private void pdf(Exchange ex, String kind, Drawing drawing) throws IOException {
    String id = ex.parameter("id");
    if (!ManifestIds.isWellFormed(id)) {
      throw new HttpError(
          400, "a manifest id is 1-40 letters, digits and dashes (e.g. station-1-20261201-1)");
    }
    PaperSize paper =
        ManifestDocuments.paperNamed(ex.query("paper").orElse("letter"))
            .orElseThrow(() -> new HttpError(400, "paper: use letter or a4"));
    ManifestView view =
        station.manifest(id).orElseThrow(() -> new HttpError(404, "no manifest " + id));
    byte[] pdf = drawing.draw(view, paper);
    // the id passed the check above: letters, digits and dashes only, safe in a header
    ex.http()
        .getResponseHeaders()
        .set("Content-Disposition", "attachment; filename=\"" + kind + "-" + id + ".pdf\"");
    ex.send(200, "application/pdf", pdf);
  }

  private void holding(Exchange ex) throws IOException {
    Map<String, Object> out = new HashMap<>();
    out.put("manifestId", supervisor.manifestHolding(ex.parameter("key")).orElse(null));
    ex.json(200, out);
  }
}
