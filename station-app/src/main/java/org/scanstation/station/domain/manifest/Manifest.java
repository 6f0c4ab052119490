package org.scanstation.station.domain.manifest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.scanstation.station.domain.acceptance.HashChain;

/**
 * A closed end-of-day manifest: the hand-off of a day's accepted parcels to the carrier, as a link
 * of the acceptance hash chain. Its hash covers the header and the Merkle root over its pieces, so
 * once closed it can never change unnoticed; a correction is a new manifest naming the one it
 * {@code amends}. Immutable.
 *
 * @param seq its position in the chain, shared with acceptances and voids
 * @param manifestId the readable id printed on the paperwork ({@link ManifestIds})
 * @param eventId this link's own id
 * @param stationId the station that closed it
 * @param mailingDate the day it covers, in the station's time zone
 * @param originZip the 5-digit ZIP the pieces are mailed from, or null when not configured
 * @param pieces how many pieces it holds (at least one: an empty manifest is never closed)
 * @param merkleRoot the root over its pieces' chain hashes in leaf order ({@link MerkleTree})
 * @param amends the id of the manifest this one corrects, or null
 * @param reason why it corrects it (required with {@code amends}), or null
 * @param closedBy the supervisor who closed it
 * @param closedAt when (to the millisecond)
 * @param prevHash the hash of the link before it
 * @param hash this link's hash ({@link HashChain#manifestHash})
 */
public record Manifest(
    long seq,
    String manifestId,
    UUID eventId,
    String stationId,
    LocalDate mailingDate,
    String originZip,
    int pieces,
    String merkleRoot,
    String amends,
    String reason,
    String closedBy,
    Instant closedAt,
    String prevHash,
    String hash) {

  /** Requires every part but the origin ZIP, amends and reason; an amendment needs a reason. */
  public Manifest {
    Objects.requireNonNull(manifestId, "manifestId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(stationId, "stationId");
    Objects.requireNonNull(mailingDate, "mailingDate");
    Objects.requireNonNull(merkleRoot, "merkleRoot");
    Objects.requireNonNull(closedBy, "closedBy");
    Objects.requireNonNull(closedAt, "closedAt");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
    if (pieces < 1) {
      throw new IllegalArgumentException("manifest " + manifestId + " has no pieces");
    }
    if (amends != null && reason == null) {
      throw new IllegalArgumentException("manifest " + manifestId + " amends without a reason");
    }
  }

  /** A new link after {@code prevHash} at {@code seq}, its hash computed from these fields. */
  public static Manifest link(
      long seq,
      String prevHash,
      Header header,
      int pieces,
      String merkleRoot,
      UUID eventId,
      Instant closedAt) {
    Manifest draft =
        new Manifest(
            seq,
            header.manifestId(),
            eventId,
            header.stationId(),
            header.mailingDate(),
            header.originZip(),
            pieces,
            merkleRoot,
            header.amends(),
            header.reason(),
            header.closedBy(),
            closedAt,
            prevHash,
            "");
    return draft.withHash(draft.recompute(prevHash));
  }

  /**
   * What a supervisor's close decides before the pieces are known.
   *
   * @param manifestId the readable id
   * @param stationId the station
   * @param mailingDate the day
   * @param originZip 5 digits or null
   * @param amends the corrected manifest's id or null
   * @param reason the correction's reason or null
   * @param closedBy the supervisor
   */
  public record Header(
      String manifestId,
      String stationId,
      LocalDate mailingDate,
      String originZip,
      String amends,
      String reason,
      String closedBy) {}

  /** This manifest's hash recomputed from its fields after {@code prevHash}. */
  public String recompute(String prevHash) {
    return HashChain.manifestHash(
        prevHash,
        eventId.toString(),
        manifestId,
        stationId,
        mailingDate.toString(),
        originZip,
        pieces,
        merkleRoot,
        amends,
        reason,
        closedBy,
        closedAt.toEpochMilli());
  }

  private Manifest withHash(String h) {
    return new Manifest(
        seq,
        manifestId,
        eventId,
        stationId,
        mailingDate,
        originZip,
        pieces,
        merkleRoot,
        amends,
        reason,
        closedBy,
        closedAt,
        prevHash,
        h);
  }
}
