package org.scanstation.device.printer.queue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.scanstation.device.printer.PrinterOptions;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;

/** Settings that keep the printer tests quick, and labels shaped like the station's. */
public final class Fixtures {
  /** Short timeouts: the simulator answers in a millisecond. */
  public static final PrinterOptions OPTIONS =
      new PrinterOptions(Duration.ofMillis(400), Duration.ofSeconds(1), Duration.ofSeconds(10));

  /** Quick polls and short backoff, so a recovery is seen within a fraction of a second. */
  public static final QueueSettings QUEUE =
      new QueueSettings(
          Duration.ofMillis(20),
          Duration.ofMillis(150),
          Duration.ofSeconds(5),
          Duration.ofMillis(150),
          Duration.ofMillis(200),
          500);

  /** The simulator prints a label in 30 ms instead of 1.2 s. */
  public static final PrinterSettings PRINTER =
      PrinterSettings.defaults().withPerLabel(Duration.ofMillis(30));

  private Fixtures() {}

  public static SimulatedPrinter tcpPrinter() {
    return SimulatedPrinter.onTcp(InetAddress.getLoopbackAddress(), 0, PRINTER);
  }

  public static String tcpUri(SimulatedPrinter p) {
    return "tcp://127.0.0.1:" + p.port();
  }

  /** An IMpb-style label whose barcode carries {@code number}. */
  public static byte[] label(String number) {
    return ("^XA\n^CI28\n^PW812\n^LL1218\n^BY3\n^FO60,60^BCN,200,N,N,N^FD>;>84209261"
            + "2>8"
            + number
            + "^FS\n^FO60,300^A0N,40,40^FH^FD"
            + number
            + "^FS\n^PQ1\n^XZ\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** The label as the printer keeps it: from ^XA to ^XZ. */
  public static String kept(String number) {
    String text = new String(label(number), StandardCharsets.US_ASCII);
    return text.substring(0, text.lastIndexOf("^XZ") + 3);
  }
}
