package org.scanstation.station.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scanstation.station.api.DeviceView;
import org.scanstation.station.api.StationStatus;
import org.scanstation.station.api.StoreView;
import org.scanstation.station.api.SyncStatus;

class ReadinessTest {
  private static final long FLOOR = 100;
  private final Readiness readiness = new Readiness(FLOOR, true);

  @Test
  void aStationWhosePartsAllWorkIsReady() {
    Map<String, HealthPart> parts =
        readiness.parts(status(store("OK", 500), printer(true), sync(false)));
    assertThat(parts).containsOnlyKeys("store", "disk", "scanners", "printers", "sync");
    assertThat(Readiness.ready(parts)).isTrue();
  }

  @Test
  void aFaultedPrinterMakesItUnreadyAndSaysWhich() {
    Map<String, HealthPart> parts =
        readiness.parts(status(store("OK", 500), printer(false), sync(false)));
    assertThat(Readiness.ready(parts)).isFalse();
    assertThat(parts.get("printers").reason()).contains("printer-1 PAPER_OUT: load labels");
    assertThat(parts.get("store").ok()).isTrue();
  }

  @Test
  void aDiskBelowTheFloorAndAnUnavailableStoreAreEachAPart() {
    Map<String, HealthPart> parts =
        readiness.parts(status(store("UNAVAILABLE", 50), printer(true), sync(false)));
    assertThat(Readiness.ready(parts)).isFalse();
    assertThat(parts.get("store").ok()).isFalse();
    assertThat(parts.get("disk").ok()).isFalse();
    assertThat(parts.get("disk").reason()).contains("50 bytes free, floor 100");
  }

  @Test
  void lowSpaceAboveTheFloorIsStillReady() {
    assertThat(
            Readiness.ready(
                readiness.parts(status(store("LOW_SPACE", 150), printer(true), sync(false)))))
        .isTrue();
  }

  @Test
  void aPausedSyncMakesItUnreadyButADisabledOneDoesNot() {
    StationStatus paused = status(store("OK", 500), printer(true), sync(true));
    assertThat(Readiness.ready(readiness.parts(paused))).isFalse();
    StationStatus off = status(store("OK", 500), printer(true), null);
    assertThat(Readiness.ready(readiness.parts(off))).isFalse();
    assertThat(Readiness.ready(new Readiness(FLOOR, false).parts(off))).isTrue();
  }

  private static StationStatus status(StoreView store, DeviceView printer, SyncStatus sync) {
    return new StationStatus(
        "st-1", List.of(), List.of(printer), sync, "no key", store, null, null);
  }

  private static StoreView store(String state, long free) {
    return new StoreView(state, state.equals("OK") ? null : "store " + state, free, "/data", "now");
  }

  private static DeviceView printer(boolean ok) {
    return new DeviceView(
        "printer-1",
        "printer",
        "tcp://p:9100",
        ok ? "READY" : "PAPER_OUT",
        ok,
        ok ? null : "load labels",
        0,
        null,
        "ZPL");
  }

  private static SyncStatus sync(boolean paused) {
    return new SyncStatus(
        "https://b", true, paused, paused ? "key refused" : null, 0, 0, Instant.EPOCH, 0, 0, 0, 0);
  }
}
