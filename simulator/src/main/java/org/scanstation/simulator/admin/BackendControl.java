package org.scanstation.simulator.admin;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scanstation.common.Durations;
import org.scanstation.simulator.backend.SimulatedBackend;

/** A {@link SimulatedBackend} under operator control. Thread-safe (the backend is). */
public final class BackendControl implements FaultControl {
  private final SimulatedBackend backend;

  /** Controls this backend. */
  public BackendControl(SimulatedBackend backend) {
    this.backend = backend;
  }

  @Override
  public String device() {
    return "backend";
  }

  @Override
  public List<String> faultHelp() {
    return List.of(
        "fail-rate RATE[@STATUS,STATUS...]  (share 0..1 answered 5xx; default statuses 500,502,503)",
        "latency DURATION                   (e.g. 800ms, 1.5s, PT2S; a unit is needed)",
        "refuse-connections [on|off]",
        "create-then-drop [COUNT|always]    (store the tracking, close without answering)",
        "webhook-bad-signature [COUNT]      (sign the next COUNT webhooks wrongly)",
        "webhook-duplicate [COUNT]          (post the next COUNT webhooks twice, same event_id)",
        "webhook-out-of-order [COUNT]       (follow the next COUNT with an older one)",
        "webhook-burst COUNT                (post COUNT webhooks at once, now)");
  }

  @Override
  public Object status() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("device", "backend");
    s.put("baseUrl", backend.baseUri().toString());
    s.put("faults", backend.faults());
    s.put("counters", backend.counters());
    s.put("trackings", backend.trackings().size());
    s.put("carrier", backend.carrierTruth());
    s.put("webhookFaults", backend.webhooks().describe());
    s.put("webhooks", backend.webhooks().counters());
    return s;
  }

  /** Every request received (the API key redacted). */
  @Override
  public Object received() {
    return backend.received();
  }

  @Override
  public void set(String fault, String value) {
    switch (name(fault)) {
      case "fail-rate" -> failRate(required(fault, value));
      case "latency" -> backend.setLatency(latency(required(fault, value)));
      case "refuse-connections" -> backend.setRefuseConnections(Switches.on(value));
      case "create-then-drop" -> backend.dropCreates(count(value));
      case "throttle" -> backend.setThrottle(perSecond(required(fault, value)));
      case "webhook-bad-signature", "webhook-duplicate", "webhook-out-of-order" ->
          backend.webhooks().fault(name(fault).substring("webhook-".length()), count(value));
      case "webhook-burst" -> backend.webhooks().burst(count(required(fault, value)));
      default -> throw unknown(fault);
    }
  }

  private void failRate(String value) {
    String[] parts = value.split("@", 2);
    double rate;
    try {
      rate = Double.parseDouble(parts[0].strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("fail-rate '" + parts[0] + "' is not a number 0..1");
    }
    if (parts.length == 1) {
      backend.setFailRate(rate);
      return;
    }
    try {
      backend.setFailRate(
          rate,
          Arrays.stream(parts[1].split(",")).map(String::strip).map(Integer::valueOf).toList());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("fail-rate statuses '" + parts[1] + "' are not numbers");
    }
  }

  private static Duration latency(String value) {
    try {
      return Durations.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("latency " + e.getMessage(), e);
    }
  }

  private static int count(String value) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    if (value.strip().equalsIgnoreCase("always")) {
      return Integer.MAX_VALUE;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is not a count");
    }
  }

  private static int perSecond(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("throttle '" + value + "' is not requests per second");
    }
  }

  @Override
  public void clear(String fault) {
    switch (name(fault)) {
      case "fail-rate" -> backend.setFailRate(0);
      case "latency" -> backend.setLatency(Duration.ZERO);
      case "refuse-connections" -> backend.setRefuseConnections(false);
      case "create-then-drop" -> backend.dropCreates(0);
      case "throttle" -> backend.setThrottle(0);
      case "webhook-bad-signature", "webhook-duplicate", "webhook-out-of-order" ->
          backend.webhooks().fault(name(fault).substring("webhook-".length()), 0);
      case "webhook-burst" -> {
        // a burst is over once sent: nothing to turn off
      }
      default -> throw unknown(fault);
    }
  }

  @Override
  public void clearAll() {
    backend.clearFaults();
  }

  private static String name(String fault) {
    return fault.strip().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String required(String fault, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(fault + " needs a value");
    }
    return value;
  }

  private static IllegalArgumentException unknown(String fault) {
    return new IllegalArgumentException(
        "unknown backend fault '"
            + fault
            + "'; use fail-rate, latency, refuse-connections, create-then-drop, throttle,"
            + " webhook-bad-signature, webhook-duplicate, webhook-out-of-order or webhook-burst");
  }
}
