package org.scanstation.simulator.printer;

/** How the station reaches the printer: TCP or a pty. Implementations are thread-safe. */
sealed interface PrinterPort extends AutoCloseable permits TcpPrinterPort, SerialPrinterPort {
  /** host:port, or the pty path. */
  String address();

  /** Refuses (closes the port, or removes the pty) or accepts again. */
  void refuse(boolean on);

  @Override
  void close();
}
