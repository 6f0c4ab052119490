package org.scanstation.station.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.scanstation.device.DeviceException;
import org.scanstation.device.scanner.BarcodeScanner;
import org.scanstation.device.scanner.Scan;
import org.scanstation.device.scanner.ScannerError;
import org.scanstation.device.scanner.ScannerListener;
import org.scanstation.device.scanner.ScannerStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code station listen}: opens one scanner as the station would and prints every framed scan and
 * every status change as a JSON line, until stopped. The tool a technician sets a scanner up with.
 */
@Command(
    name = "listen",
    mixinStandardHelpOptions = true,
    description = {
      "Print each scan from a scanner as one JSON line, with status changes and errors:",
      "  {\"scanner\":…,\"text\":…,\"hex\":…,\"receivedAt\":…}",
      "Runs until Ctrl+C, --count scans or --duration, whichever comes first.",
      "URIs: serial:/dev/ttyACM0?baud=9600&suffix=CR, tcp://host:4001, usb:05e0:1200",
      "Exit status: 0; 1 when --count scans did not arrive within --duration; 2 usage error."
    })
final class ListenCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private GlobalOptions global;

  @Option(names = "--scanner", required = true, paramLabel = "URI", description = "The scanner.")
  private String uri;

  @Option(names = "--count", paramLabel = "N", description = "Stop after N scans.")
  private Integer count;

  @Option(
      names = "--duration",
      paramLabel = "D",
      converter = DurationConverter.class,
      description = "Stop after D (e.g. 30s, 500ms, 5m).")
  private Duration duration;

  ListenCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (count != null && count < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be at least 1");
    }
    BarcodeScanner scanner;
    try {
      scanner = global.assembly().scanner(uri, uri);
    } catch (DeviceException e) {
      throw new ParameterException(spec.commandLine(), "--scanner: " + e.getMessage());
    }
    Printer printer = new Printer(context.out(), count == null ? Integer.MAX_VALUE : count);
    Thread closeOnCtrlC = new Thread(scanner::close, "listen-shutdown");
    Runtime.getRuntime().addShutdownHook(closeOnCtrlC);
    boolean enough;
    try {
      scanner.start(printer);
      enough = printer.awaitEnough(duration);
    } finally {
      scanner.close(); // gives a USB interface back to its kernel driver
      removeHook(closeOnCtrlC);
    }
    if (count != null && !enough) {
      context
          .err()
          .printf("station: %d of %d scans arrived within %s%n", printer.scans(), count, duration);
      return 1;
    }
    return 0;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running already
    }
  }

  /** Prints events as they come (on the scanner's thread) and counts scans. */
  private static final class Printer implements ScannerListener {
    private static final ObjectWriter JSON = JsonMapper.shared().writer();
    private final PrintStream out;
    private final AtomicInteger scans = new AtomicInteger();
    private final CountDownLatch enough;

    Printer(PrintStream out, int wanted) {
      this.out = out;
      this.enough = new CountDownLatch(wanted);
    }

    boolean awaitEnough(Duration duration) throws InterruptedException {
      if (duration == null) {
        enough.await();
        return true;
      }
      return enough.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    int scans() {
      return scans.get();
    }

    @Override
    public void onScan(Scan scan) {
      print(ListenLine.of(scan));
      scans.incrementAndGet();
      enough.countDown();
    }

    @Override
    public void onStatus(ScannerStatus status) {
      print(ListenLine.of(status));
    }

    @Override
    public void onError(ScannerError error) {
      print(ListenLine.of(error));
    }

    private void print(ListenLine line) {
      byte[] json = JSON.writeValueAsBytes(line);
      synchronized (out) {
        out.writeBytes(json);
        out.write('\n');
        out.flush();
      }
    }
  }
}
