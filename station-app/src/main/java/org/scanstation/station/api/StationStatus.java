package org.scanstation.station.api;

import java.util.List;

/**
 * The station's health for the pages' badges and the supervisor's device view.
 *
 * @param stationId this station
 * @param scanners every configured scanner
 * @param printers every configured printer
 * @param sync the sync job, or null when it does not run
 * @param syncNote why it does not run, when it does not
 * @param store whether the store can record (free space, faults)
 */
public record StationStatus(
    String stationId,
    List<DeviceView> scanners,
    List<DeviceView> printers,
    SyncStatus sync,
    String syncNote,
    StoreView store) {}
