package org.scanstation.station.store;

import org.scanstation.station.StationException;

/**
 * Why a print job exists. The {@code print_job.kind} column and the JSON views hold exactly these
 * names.
 */
public enum PrintJobKind {
  /** The label printed when the parcel was accepted. */
  FIRST,
  /** A supervisor's reprint of the stored label. */
  REPRINT;

  /**
   * The kind stored as {@code text}.
   *
   * @throws StationException naming the text when it is neither kind
   */
  public static PrintJobKind fromDb(String text) {
    for (PrintJobKind k : values()) {
      if (k.name().equals(text)) {
        return k;
      }
    }
    throw new StationException(
        "print_job.kind '"
            + text
            + "' is neither FIRST nor REPRINT; the store was changed outside the station: run station verify");
  }
}
