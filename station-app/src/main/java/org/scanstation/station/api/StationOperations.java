package org.scanstation.station.api;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.scanstation.station.domain.receipt.SignedReceipt;

/**
 * What a station does for people and scripts, whether the store is opened directly or reached
 * through the running station's local API. Every method blocks until its work is durable.
 * Implementations are thread-safe.
 */
public interface StationOperations extends AutoCloseable {

  /** How this instance reaches the store, for the "which did I use" line commands print. */
  String describe();

  /** Accepts, refuses or recognises one scan typed or piped in by {@code operatorId}. */
  AcceptOutcome accept(String raw, String operatorId, String scannerId);

  /** Validates and upserts shipments; the same rows twice change nothing. */
  ImportSummary importShipments(List<ShipmentRecord> rows, String actor);

  /** The parcel with this tracking number (or order id), if the station knows it. */
  Optional<ParcelView> show(String trackingNumberOrOrderId);

  /**
   * What the station and the carrier know of an accepted parcel (tracking number, or order id): one
   * timeline of the station's events and the carrier's, with the proofs of mailing and delivery.
   */
  Optional<ParcelTracking> track(String trackingNumberOrOrderId);

  /**
   * The signed receipt of an accepted parcel on a closed manifest (tracking number, or order id):
   * its acceptance, the manifest's header and Merkle path, and the carrier's proofs when known.
   * Makes the station's receipt key on first use.
   *
   * @throws org.scanstation.station.StationException saying why there is none: not accepted here,
   *     or not on a closed manifest yet (close the manifest first)
   */
  SignedReceipt receipt(String trackingNumberOrOrderId);

  /** Parcels accepted more than {@code olderThan} ago that USPS has not scanned, and anomalies. */
  UnscannedReport unscanned(Duration olderThan);

  /** Queues the stored label bytes again as a new, audited print job. */
  ReprintOutcome reprint(ReprintRequest request);

  /**
   * Voids an acceptance (a parcel pulled back before hand-off): a VOIDED link of the hash chain,
   * its unprinted labels cancelled, its tracking deleted at the backend through the outbox.
   *
   * @throws org.scanstation.station.StationException for a refused PIN or naming what else is wrong
   */
  VoidOutcome voidAcceptance(VoidRequest request);

  /**
   * Marks a parcel's tracking completed (DELIVERED, LOST, RETURNED_TO_SENDER) through the outbox.
   *
   * @throws org.scanstation.station.StationException for a refused PIN or naming what else is wrong
   */
  CompleteOutcome complete(CompleteRequest request);

  /**
   * Closes the end-of-day manifest: every acceptance not on a manifest and not voided, accepted up
   * to the end of the request's day, in chain order, as one new immutable manifest and chain link.
   * Nothing to close is an outcome ({@link ManifestCloseOutcome#closed()} false), never an empty
   * manifest.
   *
   * @throws org.scanstation.station.StationException for a refused PIN or naming what else is wrong
   */
  ManifestCloseOutcome closeManifest(ManifestCloseRequest request);

  /** The latest {@code limit} closed manifests, newest first. */
  List<ManifestSummary> manifests(int limit);

  /** A closed manifest and its pieces, if there is one with this id. */
  Optional<ManifestView> manifest(String manifestId);

  /** Streams proof-of-acceptance records with {@code from <= acceptedAt < to}, in chain order. */
  void export(Instant from, Instant to, Consumer<ProofRecord> sink);

  /**
   * How many records {@link #export} would stream for the range, for a progress total; empty when
   * this access cannot tell cheaply (a running station reached over HTTP). Blocks on the store.
   */
  default OptionalLong exportCount(Instant from, Instant to) {
    return OptionalLong.empty();
  }

  /** Recomputes the hash chain. */
  ChainReport verify();

  /**
   * Like {@link #verify()}, telling {@code linksChecked} how many links of the chain it has checked
   * so far, now and then, on the calling thread. This default tells nothing (a running station
   * reached over HTTP cannot).
   */
  default ChainReport verify(LongConsumer linksChecked) {
    return verify();
  }

  /**
   * How many links {@link #verify} will check, for a progress total; empty when this access cannot
   * tell cheaply. Blocks on the store for one read.
   */
  default OptionalLong chainLength() {
    return OptionalLong.empty();
  }

  /** Makes an online backup under {@code dir}; returns where it went. */
  Path backup(Path dir);

  /** Outbox backlog figures. */
  OutboxReport outboxStats();

  /** Outbox entries with {@code status} (all when null), oldest first. */
  List<OutboxEntry> outboxList(String status, int limit);

  /** Makes one outbox entry due now (a quarantined one, after a person looked). */
  boolean outboxRetry(String eventId, String actor);

  /** Makes every waiting or quarantined entry due now; returns how many. */
  int outboxRetryAll(String actor);

  /** Releases the store or connection. */
  @Override
  void close();
}
