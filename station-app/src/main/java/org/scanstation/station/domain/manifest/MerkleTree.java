package org.scanstation.station.domain.manifest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The Merkle tree over a manifest's pieces, shaped as in RFC 6962 (Certificate Transparency): a
 * leaf is SHA-256 over a zero byte and the piece's chain hash, an inner node SHA-256 over a one
 * byte and its two children, and a list of n leaves splits at the largest power of two below n. The
 * prefixes keep a leaf from ever hashing like a node, so no forged path can pass an inner node off
 * as a piece. The leaves are the pieces' acceptance hashes in the order the manifest lists them
 * (chain order). Immutable and thread-safe.
 */
public final class MerkleTree {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte LEAF = 0;
  private static final byte NODE = 1;

  private final List<byte[]> leaves;

  private MerkleTree(List<byte[]> leaves) {
    this.leaves = leaves;
  }

  /**
   * The tree over these chain hashes (64 lower-case hex digits each), in this order.
   *
   * @throws IllegalArgumentException when there are none (an empty manifest is never closed) or a
   *     hash is not 64 hex digits
   */
  public static MerkleTree over(List<String> chainHashes) {
    Objects.requireNonNull(chainHashes, "chainHashes");
    if (chainHashes.isEmpty()) {
      throw new IllegalArgumentException("a Merkle tree needs at least one piece");
    }
    List<byte[]> leaves = new ArrayList<>(chainHashes.size());
    for (String h : chainHashes) {
      leaves.add(leafHash(h));
    }
    return new MerkleTree(List.copyOf(leaves));
  }

  /** How many pieces it holds. */
  public int size() {
    return leaves.size();
  }

  /** The root as 64 lower-case hex digits: what the manifest prints and a receipt is checked by. */
  public String root() {
    return HEX.formatHex(root(0, leaves.size()));
  }

  /**
   * The audit path of the piece at {@code index}: the sibling hashes from the leaf up to the root.
   *
   * @throws IndexOutOfBoundsException when there is no such piece
   */
  public MerklePath path(int index) {
    Objects.checkIndex(index, leaves.size());
    List<String> siblings = new ArrayList<>();
    collect(index, 0, leaves.size(), siblings);
    return new MerklePath(index, leaves.size(), siblings);
  }

  private void collect(int index, int from, int to, List<String> siblings) {
    if (to - from == 1) {
      return;
    }
    int split = from + splitPoint(to - from);
    if (index < split) {
      collect(index, from, split, siblings);
      siblings.add(HEX.formatHex(root(split, to)));
    } else {
      collect(index, split, to, siblings);
      siblings.add(HEX.formatHex(root(from, split)));
    }
  }

  private byte[] root(int from, int to) {
    if (to - from == 1) {
      return leaves.get(from);
    }
    int split = from + splitPoint(to - from);
    return nodeHash(root(from, split), root(split, to));
  }

  /** The largest power of two strictly below {@code n} (n at least 2). */
  static int splitPoint(int n) {
    return Integer.highestOneBit(n - 1);
  }

  /** SHA-256 over a zero byte and the chain hash's 32 bytes. */
  static byte[] leafHash(String chainHash) {
    Objects.requireNonNull(chainHash, "chainHash");
    if (chainHash.length() != 64) {
      throw new IllegalArgumentException(
          "a chain hash is 64 hex digits, got " + chainHash.length() + " characters");
    }
    return digest(LEAF, HEX.parseHex(chainHash));
  }

  /** SHA-256 over a one byte and the two children. */
  static byte[] nodeHash(byte[] left, byte[] right) {
    return digest(NODE, left, right);
  }

  private static byte[] digest(byte prefix, byte[]... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(prefix);
      for (byte[] p : parts) {
        sha.update(p);
      }
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
