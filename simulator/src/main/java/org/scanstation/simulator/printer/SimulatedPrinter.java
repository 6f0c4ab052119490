package org.scanstation.simulator.printer;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.scanstation.simulator.SimulatorException;

/**
 * A label printer as the station sees it: a raw TCP port (like 9100) or a serial line (a socat
 * pty), speaking one {@link PrinterLanguage}. ZPL: it splits what arrives into formats ({@code
 * ^XA}...{@code ^XZ}) and answers {@code ~HS} and {@code ~HQES} (see {@link StatusReplies}). TSPL
 * and EPL2: it takes command lines up to a print command, draws their bitmaps and reads the
 * barcodes from the raster, and answers {@code <ESC>!?}, {@code <ESC>!S} or {@code ^ee}. Lines it
 * does not understand are refused ({@link #refusals()}). It keeps every job with its barcode data,
 * prints their labels at the configured speed and takes faults on demand ({@link PrinterFault}).
 *
 * <p>Thread-safe. Network and pty work happens on daemon threads; no method blocks for long except
 * {@link #close()}, which waits for socat to stop.
 */
public final class SimulatedPrinter implements AutoCloseable {
  private final PrintEngine engine;
  private final PrinterPort port;

  private SimulatedPrinter(PrintEngine engine, PrinterPort port) {
    this.engine = engine;
    this.port = port;
  }

  /**
   * A printer listening on {@code host:port} (port 0: an ephemeral port, see {@link #port()}).
   *
   * @throws SimulatorException when the port cannot be bound
   */
  public static SimulatedPrinter onTcp(InetAddress host, int port, PrinterSettings settings) {
    PrintEngine engine = new PrintEngine(Objects.requireNonNull(settings, "settings"));
    return new SimulatedPrinter(engine, new TcpPrinterPort(engine, host, port));
  }

  /**
   * A serial printer on a new pty at {@code path}.
   *
   * @throws SimulatorException when socat is missing or the path is unusable
   */
  public static SimulatedPrinter onSerial(Path path, PrinterSettings settings) {
    PrintEngine engine = new PrintEngine(Objects.requireNonNull(settings, "settings"));
    return new SimulatedPrinter(engine, new SerialPrinterPort(engine, path));
  }

  /** Turns a fault on or off, effective for the next byte received and the next query. */
  public void setFault(PrinterFault fault, boolean on) {
    Objects.requireNonNull(fault, "fault");
    engine.setFault(fault, on);
    if (fault == PrinterFault.REFUSE_CONNECTIONS) {
      port.refuse(on);
    }
  }

  /** Clears every fault. */
  public void clearFaults() {
    for (PrinterFault f : engine.faults()) {
      setFault(f, false);
    }
  }

  /** The faults on now. */
  public Set<PrinterFault> faults() {
    return engine.faults();
  }

  /** The state the status replies would report now. */
  public PrinterStatus status() {
    return engine.status();
  }

  /** Every format received so far, oldest first, as it stands now. */
  public List<PrintJob> jobs() {
    return engine.jobs();
  }

  /** The formats in a given state. */
  public List<PrintJob> jobs(JobState state) {
    return jobs().stream().filter(j -> j.state() == state).collect(Collectors.toList());
  }

  /** The language it speaks. */
  public PrinterLanguage language() {
    return engine.language();
  }

  /** The latest lines it refused (at most 100), oldest first, escaped for showing. */
  public List<RefusedLine> refusals() {
    return engine.refusals();
  }

  /** Counters since start. */
  public PrinterCounters counters() {
    return engine.counters();
  }

  /** The TCP port, or -1 for a serial printer. */
  public int port() {
    return port instanceof TcpPrinterPort t ? t.port() : -1;
  }

  /** host:port, or the pty path. */
  public String address() {
    return port.address();
  }

  /** Whether this printer is on a serial line. */
  public boolean isSerial() {
    return port instanceof SerialPrinterPort;
  }

  /** Unplugs a serial printer: the pty path disappears. No-op on TCP (use refuse-connections). */
  public void unplug() {
    if (port instanceof SerialPrinterPort s) {
      s.unplug();
    }
  }

  /** Plugs a serial printer in again at the same path. */
  public void replug() {
    if (port instanceof SerialPrinterPort s) {
      s.plug();
    }
  }

  /** Stops listening, closes every connection, stops socat. */
  @Override
  public void close() {
    port.close();
  }
}
