package org.scanstation.station.shipments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.scanstation.station.api.ImportSummary;
import org.scanstation.station.api.ShipmentRecord;
import org.scanstation.station.domain.acceptance.Shipment;
import org.scanstation.station.store.ShipmentStore;

/**
 * Imports a batch of rows: bad rows are reported with their line and reason and never stop the good
 * ones; the good ones are upserted in one transaction. Thread-safe.
 */
public final class ShipmentImport {
  private final ShipmentStore shipments;
  private final ShipmentValidator validator = new ShipmentValidator();

  /** Imports into {@code shipments}. */
  public ShipmentImport(ShipmentStore shipments) {
    this.shipments = Objects.requireNonNull(shipments, "shipments");
  }

  /** Validates and upserts {@code rows}; {@code actor} goes in the audit log. */
  public ImportSummary run(List<ShipmentRecord> rows, String actor) {
    List<Shipment> good = new ArrayList<>();
    List<ImportSummary.Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ShipmentRecord r : rows) {
      try {
        Shipment s = validator.validate(r);
        if (!seen.add(s.trackingNumber())) {
          problems.add(problem(r, "the same tracking number appears earlier in this batch"));
          continue;
        }
        good.add(s);
      } catch (ShipmentValidator.InvalidRow e) {
        problems.add(problem(r, e.getMessage()));
      }
    }
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    for (ShipmentStore.Change c : shipments.upsert(good, actor, "import")) {
      switch (c) {
        case INSERTED -> inserted++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
      }
    }
    return new ImportSummary(rows.size(), inserted, updated, unchanged, List.copyOf(problems));
  }

  private static ImportSummary.Problem problem(ShipmentRecord r, String reason) {
    String n = r.trackingNumber();
    String shown = n == null ? null : n.length() > 40 ? n.substring(0, 40) + "..." : n;
    return new ImportSummary.Problem(r.line(), shown, reason);
  }
}
