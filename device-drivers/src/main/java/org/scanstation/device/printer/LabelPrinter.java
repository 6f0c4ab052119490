package org.scanstation.device.printer;

/**
 * A label printer the station can ask for its status and send jobs to: the port behind which raw
 * TCP, serial, USB and CUPS printers look the same. A job is the printer's own bytes (ZPL, TSPL or
 * EPL2: {@link #language}); what they mean is not this port's business.
 *
 * <p>Implementations are thread-safe: calls from several threads run one at a time. Every method
 * blocks for at most the configured timeouts (connect, status reply, spooler command); none throws
 * for a printer that is faulted or gone, because that is what they report. The print queue ({@code
 * device.printer.queue}) is the usual caller: it checks the status, sends, and confirms.
 */
public interface LabelPrinter extends AutoCloseable {

  /** The configured id: "dock-3". Never blocks. */
  String id();

  /** Where it is, for messages: "10.0.0.7:9100", "/dev/ttyUSB0", "CUPS queue zebra". */
  String address();

  /** The command language its jobs must be written in (ZPL unless configured). Never blocks. */
  default PrinterLanguage language() {
    return PrinterLanguage.ZPL;
  }

  /**
   * Asks the printer (or its spooler) for its state. Blocks up to the status timeout per query;
   * connects first when needed. Never throws for a faulted or missing printer: no answer within the
   * timeout is {@link PrinterState#UNRESPONSIVE}, no connection {@link PrinterState#UNREACHABLE}.
   */
  PrinterStatus status();

  /**
   * Sends one job and says how far it is known to have got. Blocks while the bytes go out and,
   * where the link carries replies, until the printer acknowledges them (a status reply sent after
   * the job) or the status timeout passes. Never retries: whether to send again is the caller's
   * decision, made with the {@link Delivery} returned.
   */
  Delivery send(byte[] job);

  /** Closes the connection; the printer may be used again later (it reconnects). Idempotent. */
  @Override
  void close();
}
