package org.scanstation.station.store;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.scanstation.station.StationException;

/**
 * Where a print job stands in the store. The {@code print_job.status} column and the JSON views
 * hold exactly these names, so the text is the contract: renaming a constant needs a migration.
 */
public enum PrintJobStatus {
  /** Not sent yet, waiting its turn. */
  QUEUED,
  /** Not sent yet: the printer is faulted, unknown or not configured. */
  HELD,
  /** Its bytes may be at the printer; after a restart it is resumed, never sent blind again. */
  SENDING,
  /** The printer (or the spooler) confirmed it. Final. */
  PRINTED,
  /** Will not print without a person. Final. */
  FAILED,
  /**
   * Never to print: its acceptance was voided before it was sent. A running station's print queue
   * drops it when it comes to send it ({@code RowKeeper}). Final.
   */
  CANCELLED;

  /** The statuses of jobs that are not finished. */
  public static final Set<PrintJobStatus> UNFINISHED = Set.of(QUEUED, HELD, SENDING);

  /** Whether the job's life is over: a finished job is never touched again. */
  public boolean done() {
    return !UNFINISHED.contains(this);
  }

  /**
   * The status stored as {@code text}.
   *
   * @throws StationException naming the text when it is none of the statuses
   */
  public static PrintJobStatus fromDb(String text) {
    for (PrintJobStatus s : values()) {
      if (s.name().equals(text)) {
        return s;
      }
    }
    throw new StationException(
        "print_job.status '"
            + text
            + "' is none of QUEUED, HELD, SENDING, PRINTED, FAILED, CANCELLED; the store was changed outside the station: run station verify");
  }

  /** The SQL list of the unfinished statuses, for {@code status IN (...)}. */
  static String unfinishedSql() {
    return Arrays.stream(values())
        .filter(s -> !s.done())
        .map(s -> "'" + s.name() + "'")
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
