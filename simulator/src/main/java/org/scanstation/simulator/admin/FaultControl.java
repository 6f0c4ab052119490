package org.scanstation.simulator.admin;

import java.util.List;

/**
 * What an operator can see and switch on a running simulated device, from the admin HTTP endpoint
 * or standard input. Implementations are thread-safe.
 */
public interface FaultControl {
  /** The device's name: {@code printer}, {@code backend}. */
  String device();

  /** The fault names this device takes, with a hint on their value. */
  List<String> faultHelp();

  /** Faults, counters and address now, as a JSON-serialisable object. */
  Object status();

  /** What the device received (jobs, requests), as a JSON-serialisable object. */
  Object received();

  /**
   * Turns a fault on, or sets its value.
   *
   * @param value the value (e.g. {@code 0.2}, {@code 500ms}), or null for a plain switch
   * @throws IllegalArgumentException for an unknown fault or a bad value, saying which
   */
  void set(String fault, String value);

  /**
   * Turns one fault off.
   *
   * @throws IllegalArgumentException for an unknown fault
   */
  void clear(String fault);

  /** Turns every fault off. */
  void clearAll();
}
