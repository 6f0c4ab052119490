package org.scanstation.station.domain.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The chain's two link formats: the acceptance's, unchanged for old rows, and the void's. */
class HashChainTest {
  private static final String PREV = "a".repeat(64);
  private static final String ID = "00000000-0000-0000-0000-000000000001";
  private static final String VOIDS = "00000000-0000-0000-0000-000000000002";

  @Test
  void anAcceptanceIsHashedInTheFormatOlderRowsWereHashedWith() {
    String text =
        "64:"
            + PREV
            + ";36:"
            + ID
            + ";22:9400111899223000000011;5:10001;9:station-1;3:ana;"
            + "2:s1;22:9400111899223000000011;13:1764547200000;2:81;";
    assertThat(
            HashChain.hash(
                PREV,
                ID,
                "9400111899223000000011",
                "10001",
                "station-1",
                "ana",
                "s1",
                "9400111899223000000011",
                1764547200000L,
                "81"))
        .isEqualTo(HashChain.sha256(text));
  }

  @Test
  void aVoidIsHashedWithItsTagFirstSoItCanNeverHashLikeAnAcceptance() {
    String text =
        "4:VOID;64:"
            + PREV
            + ";36:"
            + ID
            + ";36:"
            + VOIDS
            + ";22:9400111899223000000011;3:sup;"
            + "6:mix-up;13:1764547200000;";
    assertThat(voidHash("sup", "mix-up", 1764547200000L)).isEqualTo(HashChain.sha256(text));
    // an acceptance's text starts with its 64-character previous hash, a void's with "4:VOID"
    assertThat(text).doesNotStartWith("64:");
  }

  @Test
  void everyFieldOfAVoidIsCoveredByItsHash() {
    Set<String> hashes = new HashSet<>();
    hashes.add(voidHash("sup", "mix-up", 1L));
    hashes.add(voidHash("sup2", "mix-up", 1L));
    hashes.add(voidHash("sup", "mix-up!", 1L));
    hashes.add(voidHash("sup", "mix-up", 2L));
    hashes.add(
        HashChain.voidHash(
            "b".repeat(64), ID, VOIDS, "9400111899223000000011", "sup", "mix-up", 1L));
    hashes.add(HashChain.voidHash(PREV, VOIDS, ID, "9400111899223000000011", "sup", "mix-up", 1L));
    hashes.add(HashChain.voidHash(PREV, ID, VOIDS, "9400111899223000000012", "sup", "mix-up", 1L));
    assertThat(hashes).hasSize(7);
  }

  @Test
  void aVoidEventRecomputesItsOwnHash() {
    Instant at = Instant.ofEpochMilli(1764547200000L);
    String hash = voidHash("sup", "mix-up", at.toEpochMilli());
    VoidEvent v =
        new VoidEvent(
            3,
            UUID.fromString(ID),
            UUID.fromString(VOIDS),
            "9400111899223000000011",
            "sup",
            "mix-up",
            at,
            PREV,
            hash);
    assertThat(v.recompute(PREV)).isEqualTo(hash);
    assertThat(v.recompute("b".repeat(64))).isNotEqualTo(hash);
  }

  private static String voidHash(String actor, String reason, long at) {
    return HashChain.voidHash(PREV, ID, VOIDS, "9400111899223000000011", actor, reason, at);
  }
}
