package org.scanstation.simulator.uspsapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scanstation.simulator.admin.FaultControl;

/**
 * A {@link SimulatedUspsApi} under operator control: its status, counters, the truth about each
 * parcel and the requests it received. It has no switchable faults (the rate limit and the token
 * TTL are set at start). Thread-safe (the API is).
 */
public final class UspsApiControl implements FaultControl {
  private final SimulatedUspsApi api;

  /** Controls this API. */
  public UspsApiControl(SimulatedUspsApi api) {
    this.api = api;
  }

  @Override
  public String device() {
    return "usps-api";
  }

  @Override
  public List<String> faultHelp() {
    return List.of("(none: set --rate, --token-ttl and the timeline at start)");
  }

  @Override
  public Object status() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("device", device());
    s.put("baseUrl", api.baseUri().toString());
    s.put("settings", api.settings().toString());
    s.put("counters", api.counters());
    s.put("parcels", api.parcels());
    return s;
  }

  @Override
  public Object received() {
    return api.received();
  }

  @Override
  public void set(String fault, String value) {
    throw unknown(fault);
  }

  @Override
  public void clear(String fault) {
    throw unknown(fault);
  }

  @Override
  public void clearAll() {
    // nothing to clear
  }

  private static IllegalArgumentException unknown(String fault) {
    return new IllegalArgumentException(
        "usps-api has no fault '" + fault + "'; restart it with other options instead");
  }
}
