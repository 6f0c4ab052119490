package org.scanstation.station.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.station.StationException;
import org.scanstation.station.acceptance.Accepting;
import org.scanstation.station.carrier.CarrierReading;
import org.scanstation.station.domain.carrier.CarrierEvent;
import org.scanstation.station.domain.carrier.CarrierSource;
import org.scanstation.station.domain.carrier.CarrierTag;
import org.scanstation.station.domain.carrier.PollPlan;
import org.scanstation.station.domain.receipt.Receipt;
import org.scanstation.station.domain.receipt.ReceiptSignatures;
import org.scanstation.station.domain.receipt.ReceiptVerdict;
import org.scanstation.station.domain.tracking.Mod10;
import org.scanstation.station.receipts.ReceiptFile;
import org.scanstation.station.receipts.ReceiptJson;

/**
 * Receipts read from a real (in-memory) Derby store: acceptances through the real recording path,
 * manifests through {@link ManifestFixture}, carrier events through the read-back's ledger.
 */
class ReceiptQueriesIT {
  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
  private static final KeyPair KEY = ReceiptKey.ephemeral();

  private final StationStore store = StationStore.inMemory("receipt-" + UUID.randomUUID());
  private final ReceiptQueries receipts = new ReceiptQueries(store);

  @AfterEach
  void close() {
    store.close();
  }

  private List<String> accept(int from, int n, Instant at) {
    List<String> scans = new ArrayList<>();
    for (int i = from; i < from + n; i++) {
      scans.add(Mod10.withCheckDigit(String.format("9400111899223197%05d", i)));
    }
    return Accepting.accept(store, at, scans);
  }

  private Receipt stated(String number) {
    ReceiptQueries.Found f = receipts.find(number);
    assertThat(f).isInstanceOf(ReceiptQueries.Stated.class);
    return ((ReceiptQueries.Stated) f).receipt();
  }

  private static ReceiptVerdict check(Receipt r, String stampedRoot) {
    String file = ReceiptJson.write(ReceiptSignatures.sign(r, KEY));
    return ReceiptFile.check(file.getBytes(StandardCharsets.UTF_8), stampedRoot, null);
  }

  @Test
  void everyPieceOfAClosedManifestHasAReceiptThatHoldsAgainstItsRoot() {
    List<String> numbers = accept(0, 7, T0);
    ManifestFixture.Closed m = ManifestFixture.close(store, T0.plusSeconds(60));

    for (int i = 0; i < numbers.size(); i++) {
      Receipt r = stated(numbers.get(i));
      assertThat(r.path().index()).isEqualTo(i);
      assertThat(r.manifest().root()).isEqualTo(m.root());
      assertThat(r.manifest().pieces()).isEqualTo(7);
      assertThat(r.acceptance().trackingNumber()).isEqualTo(numbers.get(i));
      assertThat(check(r, m.root())).isInstanceOf(ReceiptVerdict.Holds.class);
    }
  }

  @Test
  void theCarriersAcceptanceScanAndDeliveryFromTheReadBackAreOnTheReceipt() {
    String n = accept(0, 3, T0).get(1);
    ManifestFixture.Closed m = ManifestFixture.close(store, T0);
    List<CarrierEvent> events =
        List.of(
            new CarrierEvent(
                n,
                CarrierSource.USPS,
                T0.plusSeconds(90_000),
                "01",
                CarrierTag.DELIVERED,
                null,
                "BOSTON MA",
                "02110",
                "Delivered, Front Door",
                "J SMITH"),
            new CarrierEvent(
                n,
                CarrierSource.USPS,
                T0.plusSeconds(3_600),
                "03",
                CarrierTag.IN_TRANSIT,
                null,
                "NEW YORK NY",
                "10001",
                "USPS in possession of item",
                null));
    new DerbyCarrierLedger(store)
        .record(
            new CarrierReading(
                n, CarrierSource.USPS, null, CarrierTag.DELIVERED, null, true, events),
            true,
            T0.plusSeconds(100_000),
            PollPlan.DEFAULT);

    Receipt r = stated(n);

    assertThat(r.mailing().code()).isEqualTo("03");
    assertThat(r.mailing().occurredAt()).isEqualTo(T0.plusSeconds(3_600).toString());
    assertThat(r.mailing().zip()).isEqualTo("10001");
    assertThat(r.delivery().signer()).isEqualTo("J SMITH");
    assertThat(r.delivery().location()).isEqualTo("BOSTON MA");
    assertThat(r.delivery().source()).isEqualTo("USPS");
    assertThat(check(r, m.root())).isInstanceOf(ReceiptVerdict.Holds.class);
  }

  @Test
  void aSecondManifestHoldsOnlyTheNewPiecesAndItsReceiptsFailAgainstTheFirstRoot() {
    accept(0, 4, T0);
    ManifestFixture.Closed first = ManifestFixture.close(store, T0);
    List<String> later = accept(10, 3, T0.plusSeconds(600));
    ManifestFixture.Closed second = ManifestFixture.close(store, T0.plusSeconds(900));

    assertThat(second.trackingNumbers()).isEqualTo(later);
    Receipt r = stated(later.get(2));
    assertThat(r.manifest().id()).isEqualTo(second.id());
    assertThat(r.path().size()).isEqualTo(3);
    assertThat(check(r, second.root())).isInstanceOf(ReceiptVerdict.Holds.class);
    assertThat(((ReceiptVerdict.Fails) check(r, first.root())).failures())
        .singleElement()
        .asString()
        .startsWith("the root differs from the stamped one");
  }

  @Test
  void aParcelOnNoClosedManifestOrNeverAcceptedOrVoidedHasNoReceipt() {
    List<String> n = accept(0, 2, T0);
    new Voids(store, Clock.fixed(T0, ZoneOffset.UTC)).voidAcceptance(n.get(1), "sam", "pulled");

    assertThat(receipts.find(n.get(0))).isEqualTo(new ReceiptQueries.NotOnManifest(T0, false));
    assertThat(receipts.find(n.get(1))).isEqualTo(new ReceiptQueries.NotOnManifest(T0, true));
    assertThat(receipts.find(Mod10.withCheckDigit("940011189922319799999")))
        .isInstanceOf(ReceiptQueries.NotAccepted.class);
  }

  @Test
  void aManifestWhoseStoredRootNoLongerMatchesItsPiecesIsRefusedNotSigned() {
    String n = accept(0, 3, T0).get(0);
    String id = ManifestFixture.close(store, T0).id();
    store.inTransaction(
        c -> {
          try (Statement s = c.createStatement()) {
            return s.executeUpdate("UPDATE manifest SET merkle_root = '" + "ab".repeat(32) + "'");
          }
        });

    assertThatThrownBy(() -> receipts.find(n))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("manifest " + id + " in the store does not match its pieces")
        .hasMessageContaining("station verify");
  }
}
