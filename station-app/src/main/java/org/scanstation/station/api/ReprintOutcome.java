package org.scanstation.station.api;

/**
 * A queued reprint.
 *
 * @param jobId the new print job
 * @param trackingNumber the parcel
 * @param printer where it goes
 * @param status the job's state when this was written (QUEUED, PRINTED, HELD, FAILED)
 * @param labelSha256 SHA-256 of the bytes sent: the same as the first print's
 */
public record ReprintOutcome(
    String jobId, String trackingNumber, String printer, String status, String labelSha256) {}
