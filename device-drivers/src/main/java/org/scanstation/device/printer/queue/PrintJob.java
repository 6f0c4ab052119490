package org.scanstation.device.printer.queue;

import java.util.Arrays;
import java.util.Objects;

/**
 * One job for a {@link PrintQueue}: the printer's bytes under an id the caller chose (the station's
 * print job id). Immutable.
 *
 * @param id the caller's id, unique per queue
 * @param bytes the exact bytes to send (ZPL)
 * @param resumed whether it may already be at the printer: it was being sent when the process
 *     stopped. Such a job is never sent again before the printer has been asked (see {@link
 *     #resumed(String, byte[], long)})
 * @param odometerBefore the printer's print meter read just before that earlier send, or -1
 */
public record PrintJob(String id, byte[] bytes, boolean resumed, long odometerBefore) {

  /** Copies the bytes. */
  public PrintJob {
    Objects.requireNonNull(id, "id");
    bytes = bytes.clone();
  }

  /** A new job. */
  public static PrintJob of(String id, byte[] bytes) {
    return new PrintJob(id, bytes, false, -1);
  }

  /**
   * A job that was being sent when the process stopped. The queue first asks the printer: a print
   * meter above {@code odometerBefore}, or a buffer still holding a label, means it arrived (it is
   * confirmed, not resent); a meter that never moved and an empty buffer mean it never did (it is
   * sent). Without a meter reading it cannot tell, and the job FAILS for a person to check.
   */
  public static PrintJob resumed(String id, byte[] bytes, long odometerBefore) {
    return new PrintJob(id, bytes, true, odometerBefore);
  }

  /** A copy of the bytes. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrintJob j
        && id.equals(j.id)
        && Arrays.equals(bytes, j.bytes)
        && resumed == j.resumed
        && odometerBefore == j.odometerBefore;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, Arrays.hashCode(bytes), resumed, odometerBefore);
  }

  @Override
  public String toString() {
    return "PrintJob[" + id + ", " + bytes.length + " bytes" + (resumed ? ", resumed" : "") + "]";
  }
}
