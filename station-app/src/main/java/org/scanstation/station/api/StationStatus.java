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
 * @param unscannedOverDay parcels accepted over 24h ago that USPS has not scanned (a count, never
 *     their numbers, so the packer page may show it without the PIN), or null when unknown
 * @param readBackLagSeconds how far the carrier read-back is behind: the seconds since the most
 *     overdue check of a watched parcel was due (0 when none is overdue), or null when the
 *     read-back does not run or the store cannot say
 */
public record StationStatus(
    String stationId,
    List<DeviceView> scanners,
    List<DeviceView> printers,
    SyncStatus sync,
    String syncNote,
    StoreView store,
    Long unscannedOverDay,
    Long readBackLagSeconds) {}
