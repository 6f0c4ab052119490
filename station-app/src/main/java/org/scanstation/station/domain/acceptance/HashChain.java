package org.scanstation.station.domain.acceptance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The acceptance hash chain: each acceptance's hash is SHA-256 over the previous hash and its own
 * fields, so editing, deleting or reordering a recorded acceptance breaks every later link. Fields
 * are length-prefixed so that no two different field lists hash the same text. Stateless and
 * thread-safe.
 */
public final class HashChain {
  /** The previous hash of the first acceptance. */
  public static final String GENESIS = "0".repeat(64);

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
    StringBuilder b = new StringBuilder(256);
    for (String field :
        new String[] {
          prevHash,
          eventId,
          trackingNumber,
          routingZip == null ? "" : routingZip,
          stationId,
          operatorId,
          scannerId,
          rawScan,
          Long.toString(acceptedAtEpochMilli),
          partnerEventCode
        }) {
      b.append(field.length()).append(':').append(field).append(';');
    }
    return sha256(b.toString());
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
