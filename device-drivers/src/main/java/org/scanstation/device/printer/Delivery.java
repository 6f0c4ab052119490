package org.scanstation.device.printer;

/**
 * How far a job got when {@link LabelPrinter#send} returned. Only {@link NotSent} makes sending it
 * again safe without asking the printer first.
 */
public sealed interface Delivery {

  /**
   * The printer acknowledged every byte: it answered a status query sent after the job on the same
   * link, so the job is in its buffer (or already printing).
   *
   * @param after its status in that reply
   */
  record Acknowledged(PrinterStatus after) implements Delivery {}

  /**
   * Every byte was taken by something that cannot acknowledge for the printer: a spooler (CUPS
   * accepted the request) or a one-way link (a USB printer without a bulk IN endpoint).
   *
   * @param note what took it: "CUPS request zebra-12"
   */
  record Handed(String note) implements Delivery {}

  /**
   * The end of the job never left the station (no connection, or the link failed before the command
   * that prints its last label was written: ZPL {@code ^XZ}, a TSPL {@code PRINT} line, an EPL2
   * {@code P} line), so the printer cannot hold a complete label of it: a Zebra discards a format
   * that never ended, and TSPL and EPL2 print nothing before that line. Safe to send again.
   *
   * @param reason why, naming the link
   */
  record NotSent(String reason) implements Delivery {}

  /**
   * Every byte (or at least one complete format) may have reached the printer, but it did not
   * acknowledge: the link dropped, or no reply came. It may print, may have printed, or may have
   * lost it; only the printer's counters can tell. Never send again without finding out.
   *
   * @param reason why, naming the link
   */
  record Unconfirmed(String reason) implements Delivery {}

  /**
   * The job was refused before sending and will never go on this link as it is (a big bitmap over a
   * slow serial line, an empty job).
   *
   * @param reason why, and what to do
   */
  record Refused(String reason) implements Delivery {}
}
