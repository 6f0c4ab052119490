package org.scanstation.simulator.backend;

/**
 * The webhook faults armed now, each for a number of deliveries: signed with a wrong secret, sent
 * twice with the same {@code event_id}, or followed by an older delivery of the same tracking (a
 * new {@code event_id}, the older {@code msg} and {@code ts}). Thread-safe: every method is
 * synchronized.
 */
final class WebhookFaults {
  private int badSignatures;
  private int duplicates;
  private int outOfOrder;

  synchronized void badSignatures(int count) {
    badSignatures = count(count);
  }

  synchronized void duplicates(int count) {
    duplicates = count(count);
  }

  synchronized void outOfOrder(int count) {
    outOfOrder = count(count);
  }

  /** Whether the next delivery is signed wrongly (counts it down). */
  synchronized boolean takeBadSignature() {
    return badSignatures > 0 && badSignatures-- > 0;
  }

  /** Whether the next delivery goes twice (counts it down). */
  synchronized boolean takeDuplicate() {
    return duplicates > 0 && duplicates-- > 0;
  }

  /** Whether an older delivery follows the next one that has one (counts it down). */
  synchronized boolean takeOutOfOrder() {
    return outOfOrder > 0 && outOfOrder-- > 0;
  }

  synchronized String describe() {
    return "bad-signature "
        + badSignatures
        + ", duplicate "
        + duplicates
        + ", out-of-order "
        + outOfOrder;
  }

  private static int count(int c) {
    if (c < 0) {
      throw new IllegalArgumentException("a webhook fault count must be >= 0, not " + c);
    }
    return c;
  }
}
