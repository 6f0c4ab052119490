package org.scanstation.station.carrier;

/**
 * What one read-back pass did.
 *
 * @param checked parcels asked about
 * @param calls calls made to the sources
 * @param newEvents carrier events not seen before
 * @param notAuthorized parcels whose source refused them for good in this pass
 * @param postponed parcels asked about without an answer (unknown yet, a passing fault)
 */
public record PassResult(int checked, int calls, int newEvents, int notAuthorized, int postponed) {
  /** Nothing done. */
  public static final PassResult NONE = new PassResult(0, 0, 0, 0, 0);

  /** This pass and {@code other} together. */
  public PassResult plus(PassResult other) {
    return new PassResult(
        checked + other.checked,
        calls + other.calls,
        newEvents + other.newEvents,
        notAuthorized + other.notAuthorized,
        postponed + other.postponed);
  }
}
