package org.scanstation.station.api;

import java.util.List;
import java.util.Optional;

/**
 * What the supervisor's page does beyond {@link StationOperations}: each action is checked against
 * the supervisor PIN, counted per {@link PinClient}. Every method blocks until its work is durable.
 * Implementations are thread-safe.
 */
public interface SupervisorOperations {

  /**
   * Passes when {@code entered} is the supervisor PIN.
   *
   * @param client who asks; its wrong PINs lock out that client (and, many of them, its address)
   * @throws org.scanstation.station.StationException implementing {@link AccessRefused} when the
   *     PIN is missing, wrong, or tried too often
   */
  void checkPin(String entered, String actor, PinClient client);

  /**
   * Queues a reprint asked for by {@code client}, whose wrong PINs count against it alone.
   *
   * @throws org.scanstation.station.StationException implementing {@link AccessRefused} for a
   *     refused PIN, or naming what else is wrong with the request
   */
  ReprintOutcome reprint(ReprintRequest request, PinClient client);

  /**
   * Voids an acceptance asked for by {@code client}, whose wrong PINs count against it alone; see
   * {@link StationOperations#voidAcceptance}.
   *
   * @throws org.scanstation.station.StationException implementing {@link AccessRefused} for a
   *     refused PIN, or naming what else is wrong with the request
   */
  VoidOutcome voidAcceptance(VoidRequest request, PinClient client);

  /**
   * Marks a tracking completed, asked for by {@code client}; see {@link
   * StationOperations#complete}.
   *
   * @throws org.scanstation.station.StationException implementing {@link AccessRefused} for a
   *     refused PIN, or naming what else is wrong with the request
   */
  CompleteOutcome complete(CompleteRequest request, PinClient client);

  /**
   * Closes the end-of-day manifest, asked for by {@code client}, whose wrong PINs count against it
   * alone; see {@link StationOperations#closeManifest}.
   *
   * @throws org.scanstation.station.StationException implementing {@link AccessRefused} for a
   *     refused PIN, or naming what else is wrong with the request
   */
  ManifestCloseOutcome closeManifest(ManifestCloseRequest request, PinClient client);

  /**
   * The pieces waiting for today's close (today in the station's time zone): counts by service and
   * the oldest acceptance, counted in the store without loading the pieces. Blocks while it reads.
   */
  OpenManifest openManifest();

  /**
   * Today's scans (today in the station's time zone) by result and reason, and by hour, desk and
   * operator, counted in the store: the supervisor's shift at a glance. Blocks while it reads.
   */
  ShiftCounts shift();

  /**
   * The id of the closed manifest the accepted parcel (tracking number, or order id) is on; empty
   * when it is not accepted here or not on a closed manifest yet. Blocks while it reads.
   */
  Optional<String> manifestHolding(String trackingNumberOrOrderId);

  /**
   * The SHA-256 fingerprint (hex) of the key that signs this station's receipts, as the hand-off
   * manifest prints it; the key is read (or made) once, on first use, and kept in memory.
   */
  String receiptKeyFingerprint();

  /** The stored label of an accepted parcel as a PNG at its printer's resolution, if accepted. */
  Optional<byte[]> labelPng(String trackingNumber);

  /** The latest audit entries, newest first. */
  List<ParcelView.AuditEntry> audit(int limit);
}
