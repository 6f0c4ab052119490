package org.scanstation.station.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scanstation.paperwork.PaperSize;
import org.scanstation.paperwork.ReceiptLine;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.HashChain;
import org.scanstation.station.domain.receipt.Receipt;
import org.scanstation.station.domain.receipt.ReceiptFixture;
import org.scanstation.station.domain.receipt.ReceiptSignatures;
import org.scanstation.station.domain.receipt.SignedReceipt;

/** The receipt PDF's page holds the JSON's facts: the proof, the manifest and the carrier's. */
class ReceiptPaperTest {
  private static final KeyPair KEY = ReceiptFixture.newKey();

  private static SignedReceipt signed(String rawPrefix, boolean carrier) {
    List<AcceptanceEvent> day = ReceiptFixture.chain(5, HashChain.GENESIS, rawPrefix);
    Receipt r = ReceiptFixture.receipt(day, 3, "M-2026-12-01-1");
    Receipt shown = carrier ? r : Receipt.of(r.acceptance(), r.manifest(), r.path(), null, null);
    return ReceiptSignatures.sign(shown, KEY);
  }

  @Test
  void thePageCarriesTheRootTheKeyThePositionAndEverySibling() {
    SignedReceipt r = signed("", true);

    org.scanstation.paperwork.Receipt page = ReceiptPaper.page(r);

    assertThat(page.trackingNumber()).isEqualTo(r.trackingNumber());
    assertThat(page.merkleRootHex()).isEqualTo(r.receipt().manifest().root());
    assertThat(page.signingKeyFingerprint()).contains(r.signature().fingerprint());
    assertThat(page.manifest()).contains(new ReceiptLine("Position", "4 of 5"));
    assertThat(page.merklePath().stream().map(ReceiptLine::value))
        .containsExactlyElementsOf(r.receipt().path().siblings());
    assertThat(page.acceptance())
        .contains(new ReceiptLine("Chain hash", r.receipt().acceptance().hash()));
    assertThat(page.carrierEvents())
        .extracting(ReceiptLine::value)
        .containsExactly(
            "2026-12-01T10:00:00Z, NEW YORK, NY, 10001 (USPS)",
            "2026-12-02T09:00:00Z, BOSTON, MA, 02110, signed by J SMITH (USPS)");
  }

  @Test
  void noCarrierEventsYetAndHostileScanTextStillMakeOnePage() {
    SignedReceipt r = signed("\u0000)\\(<script>\u202e", false);

    byte[] pdf = ReceiptPaper.pdf(r, PaperSize.A4);

    assertThat(ReceiptPaper.page(r).carrierEvents()).isEmpty();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(ReceiptPaper.pdf(r, PaperSize.A4)).isEqualTo(pdf);
  }
}
