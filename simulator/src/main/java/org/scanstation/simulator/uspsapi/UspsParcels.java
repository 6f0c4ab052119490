package org.scanstation.simulator.uspsapi;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.scanstation.simulator.uspsapi.UspsParcel.Place;

/**
 * The parcels USPS knows, each with a timeline drawn from the seed and its own number (so the draw
 * does not depend on the order parcels are asked about). Thread-safe.
 */
final class UspsParcels {
  private static final List<Place> PLACES =
      List.of(
          new Place("CHICAGO", "IL", "60607", "-06:00"),
          new Place("NEW YORK", "NY", "10001", "-05:00"),
          new Place("DENVER", "CO", "80202", "-07:00"),
          new Place("LOS ANGELES", "CA", "90012", "-08:00"));
  private static final List<String> SIGNERS =
      List.of("J SMITH", "M GARCIA", "A NGUYEN", "R JOHNSON");

  private final Map<String, UspsParcel> parcels = new ConcurrentHashMap<>();
  private final double scanRate;
  private final Duration scanAfter;
  private final Duration deliverAfter;
  private final long seed;

  UspsParcels(UspsApiSettings s) {
    this.scanRate = s.scanRate();
    this.scanAfter = s.scanAfter();
    this.deliverAfter = s.deliverAfter();
    this.seed = s.seed();
  }

  /** The parcel, made known at {@code now} if it was not yet. */
  UspsParcel know(String number, Instant now) {
    return parcels.computeIfAbsent(number, n -> draw(n, now));
  }

  /** Makes a parcel known at {@code knownAt}, replacing an earlier timeline. */
  UspsParcel register(String number, Instant knownAt) {
    UspsParcel p = draw(number, knownAt);
    parcels.put(number, p);
    return p;
  }

  /** The parcel, or null when it was never asked about nor registered. */
  UspsParcel get(String number) {
    return parcels.get(number);
  }

  /** Every known parcel, in the order they became known. */
  List<UspsParcel> all() {
    return parcels.values().stream()
        .sorted(Comparator.comparing(UspsParcel::knownAt).thenComparing(UspsParcel::trackingNumber))
        .toList();
  }

  private UspsParcel draw(String number, Instant knownAt) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + number.hashCode());
    boolean scanned = r.nextDouble() < scanRate;
    boolean preShipment = r.nextBoolean();
    Place place = PLACES.get(r.nextInt(PLACES.size()));
    String signer = SIGNERS.get(r.nextInt(SIGNERS.size()));
    if (!scanned) {
      return new UspsParcel(number, knownAt, false, preShipment, null, null, null, place, signer);
    }
    Instant accepted = knownAt.plus(scanAfter);
    return new UspsParcel(
        number,
        knownAt,
        true,
        preShipment,
        accepted,
        accepted.plus(deliverAfter.dividedBy(2)),
        accepted.plus(deliverAfter),
        place,
        signer);
  }
}
