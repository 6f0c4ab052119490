package org.scanstation.station.domain.manifest;

import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The proof that one piece is on a manifest: its position, the manifest's size and the sibling
 * hashes from the leaf up (RFC 6962's audit path). Anyone holding the piece's chain hash and this
 * path can recompute the manifest's root without the store. Immutable.
 *
 * @param index the piece's position on the manifest, from 0
 * @param size how many pieces the manifest holds
 * @param siblings the sibling hashes, leaf level first, 64 lower-case hex digits each
 */
public record MerklePath(int index, int size, List<String> siblings) {
  private static final HexFormat HEX = HexFormat.of();

  /** Requires a position inside the manifest. */
  public MerklePath {
    Objects.requireNonNull(siblings, "siblings");
    siblings = List.copyOf(siblings);
    if (size < 1 || index < 0 || index >= size) {
      throw new IllegalArgumentException(
          "piece " + index + " cannot be on a manifest of " + size + " pieces");
    }
  }

  /**
   * The root this path leads to from {@code chainHash}, or empty when the path's shape does not fit
   * its index and size (too few or too many siblings, or a sibling that is not 64 hex digits).
   */
  public Optional<String> rootFrom(String chainHash) {
    try {
      byte[][] hash = {MerkleTree.leafHash(chainHash)};
      int[] used = {0};
      if (!climb(index, 0, size, hash, used) || used[0] != siblings.size()) {
        return Optional.empty();
      }
      return Optional.of(HEX.formatHex(hash[0]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Recomputes bottom-up, in the same splits the tree used; false when siblings run out. */
  private boolean climb(int i, int from, int to, byte[][] hash, int[] used) {
    if (to - from == 1) {
      return true;
    }
    int split = from + MerkleTree.splitPoint(to - from);
    boolean left = i < split;
    if (!(left ? climb(i, from, split, hash, used) : climb(i, split, to, hash, used))) {
      return false;
    }
    if (used[0] >= siblings.size()) {
      return false;
    }
    String s = siblings.get(used[0]++);
    if (s.length() != 64) {
      return false;
    }
    byte[] sibling = HEX.parseHex(s);
    hash[0] = left ? MerkleTree.nodeHash(hash[0], sibling) : MerkleTree.nodeHash(sibling, hash[0]);
    return true;
  }
}
