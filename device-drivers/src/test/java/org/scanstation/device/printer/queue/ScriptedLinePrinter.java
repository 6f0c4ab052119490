package org.scanstation.device.printer.queue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.device.serial.SocatPty;

/**
 * A small TSPL or EPL2 printer on a real TCP port or pty for the driver's tests (the simulator's
 * own printers are built elsewhere): it answers its language's status queries with the faults set,
 * ignores every other language's, and records each label at its PRINT or P line. Thread-safe.
 */
final class ScriptedLinePrinter implements AutoCloseable {
  enum Fault {
    PAPER_OUT,
    HEAD_OPEN,
    SILENT,
    /** Swallows the first status query after a label: a send nobody acknowledges. */
    MUTE_AFTER_LABEL,
    /** Runs out of labels as it takes one: the label waits inside for paper. */
    PAPER_OUT_AFTER_LABEL
  }

  private final PrinterLanguage language;
  private final ServerSocket server;
  private final List<String> labels = new ArrayList<>();
  private final List<Fault> faults = new ArrayList<>();
  private boolean muteNext;

  private ScriptedLinePrinter(PrinterLanguage language, ServerSocket server) {
    this.language = language;
    this.server = server;
  }

  /** A printer listening on a free loopback port. */
  static ScriptedLinePrinter onTcp(PrinterLanguage language) throws IOException {
    ScriptedLinePrinter p =
        new ScriptedLinePrinter(language, new ServerSocket(0, 5, InetAddress.getLoopbackAddress()));
    daemon(p::accept);
    return p;
  }

  /** A printer on the peer end of {@code pty}; it stops when the pty goes. */
  static ScriptedLinePrinter onPty(PrinterLanguage language, SocatPty pty) throws IOException {
    ScriptedLinePrinter p = new ScriptedLinePrinter(language, null);
    InputStream in = Files.newInputStream(pty.peer());
    OutputStream out = Files.newOutputStream(pty.peer());
    daemon(
        () -> {
          try (in;
              out) {
            p.serve(in, out);
          } catch (IOException gone) {
            // the pty went away
          }
        });
    return p;
  }

  private static void daemon(Runnable r) {
    Thread t = new Thread(r, "scripted-printer");
    t.setDaemon(true);
    t.start();
  }

  String uri(PrinterLanguage as) {
    return "tcp://127.0.0.1:" + server.getLocalPort() + "?lang=" + as.key();
  }

  synchronized void set(Fault f, boolean on) {
    faults.remove(f);
    if (on) {
      faults.add(f);
    }
  }

  synchronized List<String> labels() {
    return List.copyOf(labels);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        daemon(
            () -> {
              try (s) {
                serve(s.getInputStream(), s.getOutputStream());
              } catch (IOException gone) {
                // the station closed the connection
              }
            });
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(InputStream in, OutputStream out) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    StringBuilder label = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == 0x1b) {
        int c1 = in.read();
        int c2 = in.read();
        if (c1 == '!' && language == PrinterLanguage.TSPL) {
          answer(out, c2 == '?' ? tsplFlags() : c2 == 'S' ? tsplDetail() : null);
        }
        continue;
      }
      if (b != '\n') {
        line.write(b);
        continue;
      }
      String l = line.toString(StandardCharsets.ISO_8859_1).strip();
      line.reset();
      if (l.equals("^ee") && language == PrinterLanguage.EPL) {
        answer(out, eplCodes());
        continue;
      }
      label.append(l).append('\n');
      if (printsLabel(l.toUpperCase(Locale.ROOT))) {
        record(label.toString());
        label.setLength(0);
      }
    }
  }

  private boolean printsLabel(String l) {
    return language == PrinterLanguage.TSPL ? l.startsWith("PRINT ") : l.matches("P\\d+");
  }

  private synchronized void record(String label) {
    labels.add(label);
    muteNext = faults.contains(Fault.MUTE_AFTER_LABEL);
    if (faults.remove(Fault.PAPER_OUT_AFTER_LABEL)) {
      faults.add(Fault.PAPER_OUT);
    }
  }

  private synchronized void answer(OutputStream out, String reply) throws IOException {
    if (reply == null || faults.contains(Fault.SILENT)) {
      return;
    }
    if (muteNext) {
      muteNext = false;
      return;
    }
    out.write(reply.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private synchronized String tsplFlags() {
    int bits =
        (faults.contains(Fault.HEAD_OPEN) ? 0x01 : 0)
            | (faults.contains(Fault.PAPER_OUT) ? 0x04 : 0);
    return String.valueOf((char) bits);
  }

  private synchronized String tsplDetail() {
    char media =
        (char)
            (0x40
                | (faults.contains(Fault.PAPER_OUT) ? 0x01 : 0)
                | (faults.contains(Fault.HEAD_OPEN) ? 0x20 : 0));
    return "\u0002@@@" + media + "\u0003\r\n";
  }

  private synchronized String eplCodes() {
    List<String> codes = new ArrayList<>();
    if (faults.contains(Fault.PAPER_OUT)) {
      codes.add("07");
    }
    if (faults.contains(Fault.HEAD_OPEN)) {
      codes.add("11");
    }
    return (codes.isEmpty() ? "00" : String.join(" ", codes)) + "\r\n";
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      server.close();
    }
  }
}
