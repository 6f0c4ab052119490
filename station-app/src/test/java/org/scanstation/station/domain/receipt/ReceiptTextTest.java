package org.scanstation.station.domain.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scanstation.station.domain.acceptance.HashChain;
import org.scanstation.station.domain.manifest.MerklePath;

/**
 * The text a receipt's signature covers: the format first, then every member in the order
 * docs/paperwork.md gives, length-prefixed, with absent members marked; so a verifier can rebuild
 * it from the values alone, and no member can be moved, emptied or dropped unnoticed.
 */
class ReceiptTextTest {
  private static final KeyPair KEY = ReceiptFixture.newKey();
  private static final String H = "a".repeat(64);
  private static final String S = "b".repeat(64);

  private static Receipt receipt(String routingZip, CarrierProof mailing) {
    return Receipt.of(
        new ReceiptAcceptance(
            "e-1",
            "9400",
            routingZip,
            "st",
            "ana",
            "d1",
            "]C19400",
            5L,
            "1970-01-01T00:00:00.005Z",
            "81",
            HashChain.GENESIS,
            H),
        new ReceiptManifest("M-1", "st", "2026-12-01", null, 2, S, 7L, "1970-01-01T00:00:00.007Z"),
        new MerklePath(1, 2, List.of(H)),
        mailing,
        null);
  }

  @Test
  void theSignedTextIsTheFormatThenEveryMemberInTheDocumentedOrder() {
    CarrierProof mailed =
        new CarrierProof(9L, "1970-01-01T00:00:00.009Z", "03", null, "10001", null, "USPS");

    assertThat(ReceiptText.of(receipt("10001", mailed)))
        .isEqualTo(
            "22:scan-station-receipt/2;"
                + "3:e-1;4:9400;5:10001;2:st;3:ana;2:d1;7:]C19400;1:5;24:1970-01-01T00:00:00.005Z;"
                + "2:81;64:"
                + HashChain.GENESIS
                + ";64:"
                + H
                + ";"
                + "3:M-1;2:st;10:2026-12-01;-;1:2;64:"
                + S
                + ";1:7;24:1970-01-01T00:00:00.007Z;"
                + "1:1;1:2;1:1;64:"
                + H
                + ";"
                + "1:9;24:1970-01-01T00:00:00.009Z;2:03;-;5:10001;-;4:USPS;"
                + "-;");
  }

  @Test
  void anAbsentZipAndAnEmptyOneHashAlikeInTheChainButSignDifferently() {
    Receipt absent = receipt(null, null);
    Receipt empty = receipt("", null);
    assertThat(empty.acceptance().recomputedHash()).isEqualTo(absent.acceptance().recomputedHash());

    SignedReceipt signed = ReceiptSignatures.sign(absent, KEY);
    SignedReceipt swapped = new SignedReceipt(empty, signed.signature());

    assertThat(ReceiptText.of(empty)).isNotEqualTo(ReceiptText.of(absent));
    assertThat(ReceiptSignatures.verifies(signed)).isTrue();
    assertThat(ReceiptSignatures.verifies(swapped)).isFalse();
  }

  @Test
  void aSeparatorInsideAMemberCannotShiftItsNeighbours() {
    // joined as "value;" both would read "ana;d;1;": the length prefixes tell them apart
    Receipt one = withOperatorAndScanner("ana", "d;1");
    Receipt other = withOperatorAndScanner("ana;d", "1");

    assertThat(ReceiptText.of(one)).isNotEqualTo(ReceiptText.of(other));
  }

  private static Receipt withOperatorAndScanner(String operator, String scanner) {
    Receipt r = receipt("10001", null);
    ReceiptAcceptance a = r.acceptance();
    return new Receipt(
        r.format(),
        new ReceiptAcceptance(
            a.eventId(),
            a.trackingNumber(),
            a.routingZip(),
            a.stationId(),
            operator,
            scanner,
            a.rawScan(),
            a.acceptedAtEpochMilli(),
            a.acceptedAt(),
            a.partnerEventCode(),
            a.prevHash(),
            a.hash()),
        r.manifest(),
        r.path(),
        null,
        null);
  }
}
