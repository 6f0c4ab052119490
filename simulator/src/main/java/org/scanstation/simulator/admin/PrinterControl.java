package org.scanstation.simulator.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scanstation.simulator.printer.PrintJob;
import org.scanstation.simulator.printer.PrinterFault;
import org.scanstation.simulator.printer.SimulatedPrinter;

/** A {@link SimulatedPrinter} under operator control. Thread-safe (the printer is). */
public final class PrinterControl implements FaultControl {
  private final SimulatedPrinter printer;

  /** Controls this printer. */
  public PrinterControl(SimulatedPrinter printer) {
    this.printer = printer;
  }

  @Override
  public String device() {
    return "printer";
  }

  @Override
  public List<String> faultHelp() {
    List<String> help = new ArrayList<>();
    for (PrinterFault f : PrinterFault.values()) {
      help.add(f.cliName() + " [on|off]");
    }
    return help;
  }

  @Override
  public Object status() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("device", "printer");
    s.put("address", printer.address());
    s.put("language", printer.language().cliName());
    s.put("faults", printer.faults().stream().map(PrinterFault::cliName).sorted().toList());
    s.put("status", printer.status());
    s.put("counters", printer.counters());
    s.put(
        "refused",
        printer.refusals().stream()
            .map(r -> Map.of("at", r.at().toString(), "line", r.line()))
            .toList());
    return s;
  }

  /** Every job without its bytes: number, language, state, labels, times, barcodes. */
  @Override
  public Object received() {
    List<Map<String, Object>> jobs = new ArrayList<>();
    for (PrintJob j : printer.jobs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("number", j.number());
      m.put("language", j.language().cliName());
      m.put("state", j.state());
      m.put("labels", j.labels());
      m.put("receivedAt", j.receivedAt().toString());
      m.put("printedAt", j.printedAt() == null ? null : j.printedAt().toString());
      m.put("bytes", j.zpl().length);
      m.put("barcodes", j.barcodes());
      jobs.add(m);
    }
    return jobs;
  }

  @Override
  public void set(String fault, String value) {
    printer.setFault(PrinterFault.parse(fault), Switches.on(value));
  }

  @Override
  public void clear(String fault) {
    printer.setFault(PrinterFault.parse(fault), false);
  }

  @Override
  public void clearAll() {
    printer.clearFaults();
  }
}
