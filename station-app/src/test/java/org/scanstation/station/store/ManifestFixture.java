package org.scanstation.station.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.scanstation.station.domain.manifest.Manifest;

/**
 * Closes a manifest the way a supervisor does ({@link Manifests#close}), for the receipt tests:
 * every acceptance on no manifest yet goes on it, in chain order, as a link of the chain.
 */
public final class ManifestFixture {
  private ManifestFixture() {}

  /** What was closed: the manifest's id, root and its pieces' tracking numbers in leaf order. */
  public record Closed(String id, String root, List<String> trackingNumbers) {}

  /** Closes every open acceptance of {@code store} on the UTC day of {@code at}, at {@code at}. */
  public static Closed close(StationStore store, Instant at) {
    Manifests.Result r =
        new Manifests(store, Clock.fixed(at, ZoneOffset.UTC))
            .close(
                new Manifests.Close(
                    "station-7",
                    LocalDate.ofInstant(at, ZoneOffset.UTC),
                    ZoneOffset.UTC,
                    "10001",
                    null,
                    null,
                    "sam"));
    if (!(r instanceof Manifests.Closed closed)) {
      throw new IllegalStateException("nothing was closed: " + r);
    }
    Manifest m = closed.manifest();
    List<String> numbers =
        new ManifestQueries(store)
            .view(m.manifestId()).orElseThrow().pieces().stream()
                .map(p -> p.trackingNumber())
                .toList();
    return new Closed(m.manifestId(), m.merkleRoot(), numbers);
  }
}
