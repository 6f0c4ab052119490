package org.scanstation.station.api;

import java.util.List;
import org.scanstation.station.domain.acceptance.AcceptanceEvent;
import org.scanstation.station.domain.acceptance.Shipment;

/**
 * Everything the station knows of one parcel, for {@code station show} and the supervisor page.
 *
 * @param trackingNumber the tracking number
 * @param shipment the imported order, or null
 * @param acceptance the acceptance, or null when not accepted (yet)
 * @param label the stored label, or null
 * @param printJobs every print and reprint, oldest first
 * @param sync the outbox entry, or null
 * @param audit what people did with it, oldest first
 * @param voided the void of its acceptance, or null when it was not voided
 * @param completed its mark-as-completed, or null when it was not marked completed
 */
public record ParcelView(
    String trackingNumber,
    Shipment shipment,
    AcceptanceEvent acceptance,
    LabelInfo label,
    List<PrintJobView> printJobs,
    SyncView sync,
    List<AuditEntry> audit,
    VoidView voided,
    CompletionView completed) {

  /**
   * A void: the acceptance's withdrawal, a link of the hash chain.
   *
   * @param seq its chain position
   * @param eventId the void's own id
   * @param by the supervisor
   * @param reason why
   * @param at ISO-8601
   * @param hash the link's hash
   * @param backend the tracking's delete: NOTHING_SENT (the create was withdrawn unsent), the
   *     DELETE entry's status (PENDING, DELIVERED, QUARANTINED), or null once purged
   */
  public record VoidView(
      long seq, String eventId, String by, String reason, String at, String hash, String backend) {}

  /**
   * A mark-as-completed.
   *
   * @param as DELIVERED, LOST or RETURNED_TO_SENDER
   * @param reason the supervisor's reason
   * @param backend the COMPLETE entry's status (PENDING, DELIVERED, QUARANTINED), or null once
   *     purged
   */
  public record CompletionView(String as, String reason, String backend) {}

  /**
   * The stored label.
   *
   * @param language printer language
   * @param dpi resolution
   * @param sha256 SHA-256 of the bytes
   * @param size bytes
   */
  public record LabelInfo(String language, int dpi, String sha256, int size) {}

  /**
   * One print job.
   *
   * @param jobId id
   * @param kind FIRST or REPRINT
   * @param printer printer id or URI
   * @param status QUEUED, SENDING, HELD, PRINTED, FAILED or CANCELLED (its acceptance was voided)
   * @param attempts sends tried
   * @param lastError the last error, or null
   * @param requestedBy operator or supervisor
   * @param reason the reprint's reason, or null
   * @param createdAt ISO-8601
   * @param updatedAt ISO-8601
   */
  public record PrintJobView(
      String jobId,
      String kind,
      String printer,
      String status,
      int attempts,
      String lastError,
      String requestedBy,
      String reason,
      String createdAt,
      String updatedAt) {}

  /**
   * The outbox entry.
   *
   * @param status PENDING, DELIVERED or QUARANTINED
   * @param attempts calls made
   * @param nextAttemptAt ISO-8601, when pending
   * @param lastError the last error, or null
   * @param backendId the backend's id for the tracking, once known
   * @param deliveredAt ISO-8601, once delivered
   */
  public record SyncView(
      String status,
      int attempts,
      String nextAttemptAt,
      String lastError,
      String backendId,
      String deliveredAt) {}

  /**
   * One audit entry.
   *
   * @param at ISO-8601
   * @param actor who
   * @param type what kind of action
   * @param subject the tracking number or other subject
   * @param detail details (never secrets)
   */
  public record AuditEntry(String at, String actor, String type, String subject, String detail) {}
}
