package org.scanstation.device.scanner;

import java.util.ArrayList;
import java.util.List;

/** Keeps every event a scanner fires, in order; safe to read from the test thread. */
public final class RecordingListener implements ScannerListener {
  private final List<Object> events = new ArrayList<>();

  @Override
  public synchronized void onScan(Scan scan) {
    events.add(scan);
  }

  @Override
  public synchronized void onStatus(ScannerStatus status) {
    events.add(status);
  }

  @Override
  public synchronized void onError(ScannerError error) {
    events.add(error);
  }

  /** Every event so far. */
  public synchronized List<Object> events() {
    return List.copyOf(events);
  }

  /** The scans so far. */
  public synchronized List<Scan> scans() {
    return events.stream().filter(Scan.class::isInstance).map(Scan.class::cast).toList();
  }

  /** The texts of the scans so far. */
  public List<String> texts() {
    return scans().stream().map(Scan::text).toList();
  }

  /** The connection states reported so far. */
  public synchronized List<ConnectionState> states() {
    return events.stream()
        .filter(ScannerStatus.class::isInstance)
        .map(e -> ((ScannerStatus) e).state())
        .toList();
  }

  /** The statuses so far. */
  public synchronized List<ScannerStatus> statuses() {
    return events.stream()
        .filter(ScannerStatus.class::isInstance)
        .map(ScannerStatus.class::cast)
        .toList();
  }

  /** The errors so far. */
  public synchronized List<ScannerError> errors() {
    return events.stream()
        .filter(ScannerError.class::isInstance)
        .map(ScannerError.class::cast)
        .toList();
  }

  /**
   * The events as short words, for comparing sequences: "CONNECTED", "scan:TEXT", "FRAME_TOO_LONG".
   */
  public synchronized List<String> summary() {
    return events.stream().map(RecordingListener::word).toList();
  }

  private static String word(Object e) {
    if (e instanceof Scan s) {
      return "scan:" + s.text();
    }
    if (e instanceof ScannerStatus s) {
      return s.state().name();
    }
    return ((ScannerError) e).kind().name();
  }
}
