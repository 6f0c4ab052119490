package org.scanstation.simulator.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A device control that records what it is told; the fake behind console and admin tests. */
final class FakeControl implements FaultControl {
  final List<String> calls = new ArrayList<>();

  @Override
  public String device() {
    return "fake";
  }

  @Override
  public List<String> faultHelp() {
    return List.of("jam [on|off]");
  }

  @Override
  public Object status() {
    return Map.of("calls", List.copyOf(calls));
  }

  @Override
  public Object received() {
    return List.of("r1");
  }

  @Override
  public void set(String fault, String value) {
    if (!fault.equals("jam")) {
      throw new IllegalArgumentException("unknown fault '" + fault + "'");
    }
    calls.add("set " + fault + " " + value);
  }

  @Override
  public void clear(String fault) {
    calls.add("clear " + fault);
  }

  @Override
  public void clearAll() {
    calls.add("clearAll");
  }
}
