package org.scanstation.paperwork;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The accountable pieces of one mailing, for a firm sheet in the manner of PS Form 3877 (Firm
 * Mailing Book for Accountable Mail). The pieces may come in any order: the sheet lists them in
 * numerical order of their article numbers. Immutable.
 *
 * @param senderName the mailer's name, printed on every sheet
 * @param senderAddress the mailer's address lines, printed on every sheet
 * @param mailingDate the day the pieces are presented
 * @param postOfficeZip the ZIP of the post office they are presented at
 * @param manifestId the station's manifest the pieces are on, for reference
 * @param pieces the accountable pieces, in any order
 */
public record FirmSheet(
    String senderName,
    List<String> senderAddress,
    LocalDate mailingDate,
    String postOfficeZip,
    String manifestId,
    List<AccountablePiece> pieces) {

  /** Requires every field; the document refuses an empty list. */
  public FirmSheet {
    Objects.requireNonNull(senderName, "senderName");
    senderAddress = List.copyOf(senderAddress);
    Objects.requireNonNull(mailingDate, "mailingDate");
    Objects.requireNonNull(postOfficeZip, "postOfficeZip");
    Objects.requireNonNull(manifestId, "manifestId");
    pieces = List.copyOf(pieces);
  }
}
