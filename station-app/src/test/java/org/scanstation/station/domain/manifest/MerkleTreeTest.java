package org.scanstation.station.domain.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void theRootOfThreePiecesIsTheRfc6962Shape() throws Exception {
    List<String> hashes = hashes(3);
    byte[] l0 = sha(new byte[] {0}, HEX.parseHex(hashes.get(0)));
    byte[] l1 = sha(new byte[] {0}, HEX.parseHex(hashes.get(1)));
    byte[] l2 = sha(new byte[] {0}, HEX.parseHex(hashes.get(2)));
    byte[] expected = sha(new byte[] {1}, sha(new byte[] {1}, l0, l1), l2);

    assertEquals(HEX.formatHex(expected), MerkleTree.over(hashes).root());
  }

  @Test
  void oneLeafIsItsOwnRootWithAnEmptyPath() throws Exception {
    String h = hashes(1).get(0);
    MerkleTree tree = MerkleTree.over(List.of(h));

    assertEquals(HEX.formatHex(sha(new byte[] {0}, HEX.parseHex(h))), tree.root());
    assertEquals(List.of(), tree.path(0).siblings());
    assertEquals(Optional.of(tree.root()), tree.path(0).rootFrom(h));
  }

  @Test
  void everyPieceOfEveryTreeSizeProvesItsWayToTheRoot() {
    for (int n = 1; n <= 33; n++) {
      List<String> hashes = hashes(n);
      MerkleTree tree = MerkleTree.over(hashes);
      for (int i = 0; i < n; i++) {
        assertEquals(Optional.of(tree.root()), tree.path(i).rootFrom(hashes.get(i)), n + "/" + i);
      }
    }
  }

  @Test
  void aPathForAnotherPieceOrAChangedSiblingLeadsElsewhere() {
    List<String> hashes = hashes(10);
    MerkleTree tree = MerkleTree.over(hashes);
    MerklePath path = tree.path(4);

    assertNotEquals(Optional.of(tree.root()), path.rootFrom(hashes.get(5)));
    List<String> siblings = new ArrayList<>(path.siblings());
    siblings.set(1, hashes.get(0));
    assertNotEquals(
        Optional.of(tree.root()), new MerklePath(4, 10, siblings).rootFrom(hashes.get(4)));
    assertNotEquals(
        Optional.of(tree.root()), new MerklePath(5, 10, path.siblings()).rootFrom(hashes.get(4)));
  }

  @Test
  void aPathOfTheWrongShapeProvesNothing() {
    List<String> hashes = hashes(6);
    MerklePath path = MerkleTree.over(hashes).path(2);
    List<String> longer = new ArrayList<>(path.siblings());
    longer.add(hashes.get(0));

    assertEquals(Optional.empty(), new MerklePath(2, 6, longer).rootFrom(hashes.get(2)));
    assertEquals(
        Optional.empty(),
        new MerklePath(2, 6, path.siblings().subList(0, 1)).rootFrom(hashes.get(2)));
    assertEquals(Optional.empty(), new MerklePath(2, 6, List.of("zz")).rootFrom(hashes.get(2)));
    assertEquals(Optional.empty(), path.rootFrom("not a hash"));
  }

  @Test
  void theOrderOfThePiecesIsPartOfTheRoot() {
    List<String> hashes = hashes(4);
    List<String> swapped = new ArrayList<>(hashes);
    swapped.set(0, hashes.get(1));
    swapped.set(1, hashes.get(0));

    assertNotEquals(MerkleTree.over(hashes).root(), MerkleTree.over(swapped).root());
  }

  @Test
  void anEmptyManifestHasNoTree() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.over(List.of()));
    assertTrue(e.getMessage().contains("at least one piece"));
    assertThrows(IllegalArgumentException.class, () -> new MerklePath(3, 3, List.of()));
  }

  private static List<String> hashes(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(HEX.formatHex(sha(("piece " + i).getBytes(StandardCharsets.UTF_8))));
    }
    return out;
  }

  private static byte[] sha(byte[]... parts) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        d.update(p);
      }
      return d.digest();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
