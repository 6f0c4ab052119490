package org.scanstation.station.domain.acceptance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The acceptance hash chain: each acceptance's hash is SHA-256 over the previous hash and its own
 * fields, so editing, deleting or reordering a recorded acceptance breaks every later link. Fields
 * are length-prefixed ({@link FieldText}) so that no two different field lists hash the same text.
 * A void link ({@link VoidEvent}) is hashed with the tag {@value #VOID_TAG} in front of its fields,
 * where an acceptance's text starts with a 64-character previous hash: no void can hash like an
 * acceptance, and the acceptance format stays the one older rows were hashed with. A manifest link
 * is hashed the same way behind {@value #MANIFEST_TAG}: its header and the Merkle root over its
 * pieces. Stateless and thread-safe.
 */
public final class HashChain {
  /** The previous hash of the first acceptance. */
  public static final String GENESIS = "0".repeat(64);

  /** The first field of a void link's hashed text. */
  public static final String VOID_TAG = "VOID";

  /** The first field of a manifest link's hashed text. */
  public static final String MANIFEST_TAG = "MANIFEST";

  private HashChain() {}

  /** The hash of an acceptance with these fields after {@code prevHash}. */
  public static String hash(
      String prevHash,
      String eventId,
      String trackingNumber,
      String routingZip,
      String stationId,
      String operatorId,
      String scannerId,
      String rawScan,
      long acceptedAtEpochMilli,
      String partnerEventCode) {
    return sha256(
        fields(
            prevHash,
            eventId,
            trackingNumber,
            routingZip == null ? "" : routingZip,
            stationId,
            operatorId,
            scannerId,
            rawScan,
            Long.toString(acceptedAtEpochMilli),
            partnerEventCode));
  }

  /** The hash of a void link with these fields after {@code prevHash}. */
  public static String voidHash(
      String prevHash,
      String eventId,
      String voidsEventId,
      String trackingNumber,
      String actor,
      String reason,
      long voidedAtEpochMilli) {
    return sha256(
        fields(
            VOID_TAG,
            prevHash,
            eventId,
            voidsEventId,
            trackingNumber,
            actor,
            reason,
            Long.toString(voidedAtEpochMilli)));
  }

  /**
   * The hash of a manifest link after {@code prevHash}: its header fields and the Merkle root over
   * its pieces, so neither the header nor any piece can change without breaking the link. An absent
   * origin ZIP, amends or reason is hashed as empty text.
   */
  public static String manifestHash(
      String prevHash,
      String eventId,
      String manifestId,
      String stationId,
      String mailingDate,
      String originZip,
      int pieces,
      String merkleRoot,
      String amends,
      String reason,
      String closedBy,
      long closedAtEpochMilli) {
    return sha256(
        fields(
            MANIFEST_TAG,
            prevHash,
            eventId,
            manifestId,
            stationId,
            mailingDate,
            originZip == null ? "" : originZip,
            Integer.toString(pieces),
            merkleRoot,
            amends == null ? "" : amends,
            reason == null ? "" : reason,
            closedBy,
            Long.toString(closedAtEpochMilli)));
  }

  private static String fields(String... fields) {
    return FieldText.of(fields);
  }

  /** Recomputes an event's hash from its fields and the given previous hash. */
  public static String hashOf(AcceptanceEvent e, String prevHash) {
    return hash(
        prevHash,
        e.eventId().toString(),
        e.trackingNumber(),
        e.routingZip(),
        e.stationId(),
        e.operatorId(),
        e.scannerId(),
        e.rawScan(),
        e.acceptedAt().toEpochMilli(),
        e.partnerEventCode());
  }

  /** Lower-case hex SHA-256 of the UTF-8 text. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
