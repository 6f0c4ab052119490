package org.scanstation.simulator.shift;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Relative weights of the scan kinds in a shift, e.g. {@code valid=70,duplicate=8,typo=6,junk=8,
 * unauthorized=6,ambiguous=2} (the default). Immutable.
 */
public final class ShiftMix {
  private final Map<ScanKind, Integer> weights;
  private final int total;

  private ShiftMix(Map<ScanKind, Integer> weights) {
    this.weights = Map.copyOf(weights);
    this.total = weights.values().stream().mapToInt(Integer::intValue).sum();
    if (total <= 0) {
      throw new IllegalArgumentException("a shift mix needs at least one positive weight");
    }
  }

  /** The default mix: mostly valid parcels, some of every trouble. */
  public static ShiftMix defaults() {
    return parse("valid=70,duplicate=8,typo=6,junk=8,unauthorized=6,ambiguous=2");
  }

  /**
   * Parses {@code kind=weight,...}; kinds left out weigh 0.
   *
   * @throws IllegalArgumentException naming an unknown kind or a bad weight
   */
  public static ShiftMix parse(String spec) {
    Map<ScanKind, Integer> w = new EnumMap<>(ScanKind.class);
    for (ScanKind k : ScanKind.values()) {
      w.put(k, 0);
    }
    for (String part : spec.split(",")) {
      String[] kv = part.strip().split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("'" + part.strip() + "' is not kind=weight");
      }
      ScanKind kind;
      try {
        kind = ScanKind.valueOf(kv[0].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown scan kind '"
                + kv[0].strip()
                + "'; use valid, duplicate, typo, junk,"
                + " unauthorized, ambiguous");
      }
      w.put(kind, weight(kv[1].strip()));
    }
    return new ShiftMix(w);
  }

  private static int weight(String s) {
    try {
      int n = Integer.parseInt(s);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("weight '" + s + "' is not a whole number >= 0");
  }

  /** The weight of a kind. */
  public int weight(ScanKind kind) {
    return weights.get(kind);
  }

  /** Draws a kind by weight. */
  public ScanKind draw(RandomGenerator random) {
    int r = random.nextInt(total);
    for (ScanKind k : ScanKind.values()) {
      r -= weights.get(k);
      if (r < 0) {
        return k;
      }
    }
    throw new IllegalStateException("unreachable: weights sum to " + total);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (ScanKind k : ScanKind.values()) {
      b.append(b.isEmpty() ? "" : ",").append(k.name().toLowerCase(Locale.ROOT)).append('=');
      b.append(weights.get(k));
    }
    return b.toString();
  }
}
