package org.scanstation.station.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scanstation.device.hid.HidPosDecoder;
import org.scanstation.device.hid.HidSink;
import org.scanstation.device.scanner.BarcodeScanner;
import org.scanstation.device.scanner.Scan;
import org.scanstation.device.scanner.ScannerListener;
import org.scanstation.station.acceptance.AcceptanceService;
import org.scanstation.station.acceptance.FixedLabels;
import org.scanstation.station.api.ParcelView;
import org.scanstation.station.domain.acceptance.AcceptancePolicy;
import org.scanstation.station.domain.acceptance.HashChain;
import org.scanstation.station.store.DerbyAcceptanceLedger;
import org.scanstation.station.store.ParcelQueries;
import org.scanstation.station.store.StationStore;

/**
 * The symbology a HID POS scanner reports beside the data travels from the decoder through {@link
 * Scanners} into the stored acceptance, and is what {@code station show} prints.
 */
class ScanSymbologyIT {
  private static final String NUMBER = "9400111899223197428497";
  private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");

  private final StationStore store = StationStore.inMemory("symbology-" + UUID.randomUUID());
  private final TappedScanner usb = new TappedScanner("usb-1");
  private final Scanners scanners = scanners();

  /** A scanner whose listener the test drives with what a decoder produced. */
  private static final class TappedScanner implements BarcodeScanner {
    private final String id;
    private ScannerListener listener;

    TappedScanner(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public void start(ScannerListener listener) {
      this.listener = listener;
    }

    @Override
    public void close() {}
  }

  private Scanners scanners() {
    AcceptanceService service =
        new AcceptanceService(
            AcceptancePolicy.OPEN,
            new DerbyAcceptanceLedger(store),
            new FixedLabels(),
            Clock.fixed(NOW, ZoneOffset.UTC),
            "station-7",
            scanner -> "dock-1",
            UUID::randomUUID);
    Scanners s = new Scanners(service, () -> "ana");
    s.start(usb, "usb:0c2e:0b61");
    return s;
  }

  @AfterEach
  void close() {
    scanners.close();
    store.close();
  }

  private static byte[] hidPosReport(String aim, String data) {
    byte[] r = new byte[64];
    r[0] = HidPosDecoder.REPORT_ID;
    r[1] = (byte) data.length();
    System.arraycopy(aim.getBytes(StandardCharsets.ISO_8859_1), 0, r, 2, aim.length());
    System.arraycopy(data.getBytes(StandardCharsets.ISO_8859_1), 0, r, 5, data.length());
    return r; // byte 63 clear: the barcode ends in this report
  }

  /**
   * Decodes one report and hands the barcode to the scanner's listener, as the USB session does.
   */
  private void decodeAndScan(byte[] report) {
    new HidPosDecoder(600)
        .report(
            report,
            report.length,
            new HidSink() {
              @Override
              public void barcode(byte[] data, String symbology) {
                usb.listener.onScan(new Scan(usb.id(), data, symbology, System.nanoTime(), NOW));
              }

              @Override
              public void discarded(String message) {
                throw new AssertionError(message);
              }

              @Override
              public void problem(String message) {
                throw new AssertionError(message);
              }
            });
  }

  private String storedSymbology() {
    return store.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT symbology FROM acceptance WHERE tracking_number = ?")) {
            ps.setString(1, NUMBER);
            try (ResultSet rs = ps.executeQuery()) {
              assertThat(rs.next()).as("an acceptance of " + NUMBER).isTrue();
              return rs.getString(1);
            }
          }
        });
  }

  @Test
  void aHidPosScansSymbologyIsStoredWithItsAcceptanceAndShown() {
    decodeAndScan(hidPosReport("]C1", "42010001\u001D" + NUMBER));

    assertThat(storedSymbology()).isEqualTo("]C1");
    ParcelView view = new ParcelQueries(store).show(NUMBER).orElseThrow();
    assertThat(view.acceptance().symbology()).isEqualTo("]C1");
    assertThat(view.acceptance().scannerId()).isEqualTo("usb-1");
    assertThat(view.acceptance().rawScan()).isEqualTo("42010001\u001D" + NUMBER);
    // Outside the hash: the link verifies in the format older links were hashed with.
    assertThat(HashChain.hashOf(view.acceptance(), HashChain.GENESIS))
        .isEqualTo(view.acceptance().hash());
  }

  @Test
  void aScanWhoseTransportReportsNoSymbologyStoresNull() {
    decodeAndScan(hidPosReport("\0\0\0", NUMBER));

    assertThat(storedSymbology()).isNull();
    assertThat(new ParcelQueries(store).show(NUMBER).orElseThrow().acceptance().symbology())
        .isNull();
  }

  @Test
  void aMalformedSymbologyFromADriverCostsOnlyTheSymbologyNotTheScan() {
    byte[] data = NUMBER.getBytes(StandardCharsets.ISO_8859_1);
    usb.listener.onScan(new Scan(usb.id(), data, "]C1\n<b>", System.nanoTime(), NOW));

    assertThat(storedSymbology()).isNull();
  }
}
