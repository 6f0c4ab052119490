package org.scanstation.station.scanning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.scanstation.device.WarnLimiter;
import org.scanstation.device.scanner.BarcodeScanner;
import org.scanstation.device.scanner.ConnectionState;
import org.scanstation.device.scanner.ScannerError;
import org.scanstation.device.scanner.ScannerListener;
import org.scanstation.device.scanner.ScannerStatus;
import org.scanstation.station.acceptance.AcceptanceService;
import org.scanstation.station.api.DeviceView;
import org.scanstation.station.domain.acceptance.Rejected;
import org.scanstation.station.domain.acceptance.Scan;
import org.scanstation.station.domain.tracking.RejectReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's scanners: every framed scan goes to the acceptance service on the scanner's own
 * thread, in order, recorded against whoever is signed in; connection changes and errors are kept
 * for the pages. An error that lost a scan ({@link ScannerError.Kind#dropsScans()}) reaches the
 * pages as a REJECTED {@link RejectReason#SCAN_DROPPED} result, so the packer knows to scan again.
 * A scanner that is missing or unplugged does not stop the station: it shows as disconnected and
 * reconnects by itself. Thread-safe.
 */
public final class Scanners implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Scanners.class);
  // A scanner left sending while nobody is signed in would log a line per scan.
  private static final WarnLimiter warnings = WarnLimiter.warnings(log);

  private record Entry(String address, BarcodeScanner scanner) {}

  private final Map<String, Entry> scanners = new java.util.LinkedHashMap<>();
  private final Map<String, DeviceView> views = new ConcurrentHashMap<>();
  private final AcceptanceService acceptance;
  private final Supplier<String> operator;

  /**
   * @param operator who scans are recorded against now; blank when nobody is signed in
   */
  public Scanners(AcceptanceService acceptance, Supplier<String> operator) {
    this.acceptance = Objects.requireNonNull(acceptance, "acceptance");
    this.operator = Objects.requireNonNull(operator, "operator");
  }

  /** Adds and starts a scanner; it connects in the background. */
  public void start(BarcodeScanner scanner, String address) {
    scanners.put(scanner.id(), new Entry(address, scanner));
    views.put(scanner.id(), view(scanner.id(), address, "CONNECTING", false, null));
    scanner.start(new Listener(scanner.id(), address));
    log.info("scanner {} at {} started", scanner.id(), address);
  }

  /** Every scanner as the pages show it, in configuration order. */
  public List<DeviceView> views() {
    List<DeviceView> out = new ArrayList<>();
    for (String id : scanners.keySet()) {
      out.add(views.get(id));
    }
    return out;
  }

  private static DeviceView view(
      String id, String address, String state, boolean ok, String message) {
    return new DeviceView(id, "scanner", address, state, ok, message, 0, null, null);
  }

  /** Stops every scanner and releases its device. */
  @Override
  public void close() {
    scanners.values().forEach(e -> e.scanner().close());
  }

  private final class Listener implements ScannerListener {
    private final String id;
    private final String address;

    Listener(String id, String address) {
      this.id = id;
      this.address = address;
    }

    @Override
    public void onScan(org.scanstation.device.scanner.Scan scan) {
      // A driver's odd symbology must not cost the scan itself: it is only kept when well formed.
      String aim = Scan.isAim(scan.symbology()) ? scan.symbology() : null;
      Scan s = new Scan(scan.text(), id, scan.receivedAt(), aim);
      String op = operator.get();
      if (op == null || op.isBlank()) {
        warnings.warn("no operator " + id, "scanner " + id + ": scan refused, nobody is signed in");
        acceptance.refuse(
            s,
            new Rejected(
                s.raw(),
                RejectReason.NO_OPERATOR,
                "nobody is signed in at this station; sign in on the packer screen and scan again"));
        return;
      }
      try {
        acceptance.accept(s, op);
      } catch (RuntimeException e) {
        log.error(
            "scanner {}: scan not recorded ({}); the packer must scan again", id, e.getMessage());
        acceptance.refuse(
            s,
            new Rejected(
                s.raw(),
                RejectReason.STORE_UNAVAILABLE,
                "NOT ACCEPTED: the station could not record this scan; scan it again"));
      }
    }

    @Override
    public void onStatus(ScannerStatus status) {
      boolean ok = status.state() == ConnectionState.CONNECTED;
      views.put(id, view(id, address, status.state().name(), ok, ok ? null : status.detail()));
      if (ok) {
        log.info("scanner {} connected", id);
      } else {
        log.warn("scanner {} {}: {}", id, status.state(), status.detail());
      }
    }

    @Override
    public void onError(ScannerError error) {
      DeviceView v = views.get(id);
      views.put(id, view(id, address, v.state(), v.ok(), error.message()));
      // The driver has logged it already, rate-limited: a second line per error was the flood.
      log.debug("scanner {}: {}", id, error.message());
      if (error.kind().dropsScans()) {
        // Nothing to validate and nothing recorded: the page must still say a scan went missing.
        Scan nothing = new Scan("", id, error.at());
        acceptance.refuse(
            nothing, new Rejected(nothing.raw(), RejectReason.SCAN_DROPPED, error.message()));
      }
    }
  }
}
