package org.scanstation.simulator.backend;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.scanstation.simulator.backend.Checkpoint.Place;

/**
 * USPS as the backend sees it: what happens to each created tracking, decided once per tracking
 * number and seed (so a run can be repeated and a test can ask for the truth), and computed from
 * the creation time whenever the tracking is read, so no timer is needed. Pure and thread-safe.
 *
 * <p>A scanned parcel gets an acceptance checkpoint ({@code raw_tag} 03 or OA) {@code scanAfter}
 * its creation, a processing checkpoint half-way to its delivery, and {@code deliverAfter} its
 * creation either the delivery ({@code raw_tag} 01, with a signer) or, for a share, an Exception. A
 * parcel that is never scanned stays Pending, and undelivered ones expire after {@code expireAfter}
 * (counted from the last retrack). The exception's {@code raw_tag} (DX) is the simulator's own, not
 * a USPS code.
 */
final class SimulatedCarrier {
  private static final List<Place> ORIGINS =
      List.of(
          new Place("COLUMBUS", "OH", "43215"),
          new Place("MEMPHIS", "TN", "38118"),
          new Place("RENO", "NV", "89502"));
  private static final List<Place> HUBS =
      List.of(new Place("INDIANAPOLIS", "IN", "46206"), new Place("DALLAS", "TX", "75260"));
  private static final List<Place> DESTINATIONS =
      List.of(
          new Place("BROOKLYN", "NY", "11201"),
          new Place("PORTLAND", "OR", "97201"),
          new Place("ATLANTA", "GA", "30303"));
  private static final List<String> SIGNERS =
      List.of("J SMITH", "M GARCIA", "A NGUYEN", "R JOHNSON", "L CHEN");

  /** What the carrier does with one parcel, drawn once. */
  record Fate(
      boolean scanned,
      boolean exception,
      boolean originAcceptance,
      Place origin,
      Place hub,
      Place destination,
      String signer) {}

  private final CarrierSettings settings;
  private final long seed;

  SimulatedCarrier(CarrierSettings settings, long seed) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.seed = seed;
  }

  CarrierSettings settings() {
    return settings;
  }

  /** The parcel's fate: the same number and seed always draw the same. */
  Fate fate(String trackingNumber) {
    SplittableRandom r =
        new SplittableRandom(
            seed * 1_000_003L + trackingNumber.toUpperCase(Locale.ROOT).hashCode());
    return new Fate(
        r.nextDouble() < settings.scanRate(),
        r.nextDouble() < settings.exceptionRate(),
        r.nextBoolean(),
        ORIGINS.get(r.nextInt(ORIGINS.size())),
        HUBS.get(r.nextInt(HUBS.size())),
        DESTINATIONS.get(r.nextInt(DESTINATIONS.size())),
        SIGNERS.get(r.nextInt(SIGNERS.size())));
  }

  /** Every checkpoint the parcel will ever get, oldest first. */
  List<Checkpoint> plan(String trackingNumber, Instant createdAt) {
    Fate f = fate(trackingNumber);
    List<Checkpoint> out = new ArrayList<>();
    if (!f.scanned()) {
      return out;
    }
    Instant accepted = createdAt.plus(settings.scanAfter());
    out.add(acceptance(f, accepted));
    Duration end = settings.deliverAfter();
    Duration gap =
        end == null ? settings.scanAfter() : end.minus(settings.scanAfter()).dividedBy(2);
    out.add(
        new Checkpoint(
            accepted.plus(gap.isZero() ? Duration.ofSeconds(1) : gap),
            "InTransit",
            "InTransit_003",
            "Arrival scan",
            "10",
            "Processed through USPS Regional Facility",
            f.hub()));
    if (end != null) {
      out.add(last(f, createdAt.plus(end)));
    }
    return out;
  }

  private static Checkpoint acceptance(Fate f, Instant at) {
    return new Checkpoint(
        at,
        "InTransit",
        "InTransit_002",
        "Acceptance scan",
        f.originAcceptance() ? "OA" : "03",
        f.originAcceptance() ? "Accepted at USPS Origin Facility" : "USPS in possession of item",
        f.origin());
  }

  private static Checkpoint last(Fate f, Instant at) {
    if (f.exception()) {
      return new Checkpoint(
          at,
          "Exception",
          "Exception_001",
          "Exception",
          "DX",
          "Delivery Exception",
          f.destination());
    }
    return new Checkpoint(
        at,
        "Delivered",
        "Delivered_003",
        "Sign by customer",
        "01",
        "Delivered, Left with Individual",
        f.destination());
  }

  /** The checkpoints that have happened by {@code now}. */
  List<Checkpoint> checkpoints(String trackingNumber, Instant createdAt, Instant now) {
    return plan(trackingNumber, createdAt).stream().filter(c -> !c.at().isAfter(now)).toList();
  }

  /**
   * The tracking as it stands at {@code now}: its checkpoints so far, the tag and subtag of the
   * latest, the signer once delivered, Expired when its time ran out, and {@code updated_at} moved
   * to the latest change. A status set by hand (mark-as-completed) stands as it is.
   */
  Tracking advance(Tracking t, Instant now) {
    Tracking.Progress p = t.progress();
    if (p.byHand()) {
      return t;
    }
    List<Checkpoint> cps = checkpoints(t.trackingNumber(), t.createdAt(), now);
    String tag = "Pending";
    String subtag = "Pending_001";
    String signer = null;
    Instant updated = t.updatedAt();
    if (!cps.isEmpty()) {
      Checkpoint c = cps.get(cps.size() - 1);
      tag = c.tag();
      subtag = c.subtag();
      updated = later(updated, c.at());
      signer = tag.equals("Delivered") ? fate(t.trackingNumber()).signer() : null;
    }
    boolean active = !tag.equals("Delivered");
    Duration expiry = settings.expireAfter();
    if (active && expiry != null && !now.isBefore(p.watchFrom().plus(expiry))) {
      tag = "Expired";
      subtag = "Expired_001";
      active = false;
      updated = later(updated, p.watchFrom().plus(expiry));
    }
    return t.advanced(active, tag, subtag, updated, cps, signer);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
