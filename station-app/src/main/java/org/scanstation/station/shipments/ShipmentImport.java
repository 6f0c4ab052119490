package org.scanstation.station.shipments;

import java.util.ArrayList;
import java.util.Comparator;
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
  /** Problem code: a field is missing, too long, or not a valid value. */
  public static final String INVALID_FIELD = "INVALID_FIELD";

  /** Problem code: the tracking number appears earlier in the same batch. */
  public static final String REPEATED = "REPEATED";

  /** Problem code: the parcel is on a closed manifest, so its shipment no longer changes. */
  public static final String HANDED_OFF = "HANDED_OFF";

  private static final ShipmentValidator VALIDATOR = new ShipmentValidator();

  /**
   * A checked batch.
   *
   * @param good the shipments to store
   * @param goodRows the row each good shipment came from, in the same order
   * @param problems the rows refused, with line and reason
   */
  public record Checked(
      List<Shipment> good, List<ShipmentRecord> goodRows, List<ImportSummary.Problem> problems) {}

  private final ShipmentStore shipments;

  /** Imports into {@code shipments}. */
  public ShipmentImport(ShipmentStore shipments) {
    this.shipments = Objects.requireNonNull(shipments, "shipments");
  }

  /** Validates and upserts {@code rows}; {@code actor} goes in the audit log. */
  public ImportSummary run(List<ShipmentRecord> rows, String actor) {
    Checked checked = check(rows);
    List<ImportSummary.Problem> problems = new ArrayList<>(checked.problems());
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    List<ShipmentStore.Change> changes = shipments.upsert(checked.good(), actor, "import");
    for (int i = 0; i < changes.size(); i++) {
      switch (changes.get(i)) {
        case INSERTED -> inserted++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
        case HANDED_OFF -> problems.add(handedOff(checked.goodRows().get(i)));
      }
    }
    problems.sort(Comparator.comparingLong(ImportSummary.Problem::line));
    return new ImportSummary(rows.size(), inserted, updated, unchanged, List.copyOf(problems));
  }

  private ImportSummary.Problem handedOff(ShipmentRecord row) {
    String number = check(List.of(row)).good().get(0).trackingNumber();
    String manifest = shipments.handedOffOn(number).orElse("a closed manifest");
    return problem(
        row,
        HANDED_OFF,
        "this parcel was handed off on manifest "
            + manifest
            + ": its shipment is kept as it was handed off; the stored one still holds");
  }

  /**
   * A batch checked without storing anything: what {@link #run} would store and refuse. Pure; for
   * an import that must know every row is good before it writes any.
   */
  public static Checked check(List<ShipmentRecord> rows) {
    List<Shipment> good = new ArrayList<>();
    List<ShipmentRecord> goodRows = new ArrayList<>();
    List<ImportSummary.Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ShipmentRecord r : rows) {
      try {
        Shipment s = VALIDATOR.validate(r);
        if (!seen.add(s.trackingNumber())) {
          problems.add(
              problem(r, REPEATED, "the same tracking number appears earlier in this batch"));
          continue;
        }
        good.add(s);
        goodRows.add(r);
      } catch (ShipmentValidator.InvalidRow e) {
        problems.add(problem(r, INVALID_FIELD, e.getMessage()));
      }
    }
    return new Checked(List.copyOf(good), List.copyOf(goodRows), List.copyOf(problems));
  }

  private static ImportSummary.Problem problem(ShipmentRecord r, String code, String reason) {
    String n = r.trackingNumber();
    String shown = n == null ? null : n.length() > 40 ? n.substring(0, 40) + "..." : n;
    return new ImportSummary.Problem(r.line(), shown, reason, code);
  }
}
