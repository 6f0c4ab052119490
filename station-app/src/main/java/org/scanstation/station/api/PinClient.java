package org.scanstation.station.api;

import java.util.Objects;

/**
 * Who tries a supervisor PIN: the remote address and the page session (empty without one). Wrong
 * PINs count against it alone, so one client guessing cannot lock out another.
 *
 * @param address the client's IP address as text, or {@code local} for commands
 * @param session the signed-in session's token, or empty
 */
public record PinClient(String address, String session) {
  /** The station's own commands and the local API (which needs the run's token). */
  public static final PinClient LOCAL = new PinClient("local", "");

  /** Checks both parts are there. */
  public PinClient {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(session, "session");
  }

  @Override
  public String toString() {
    return "PinClient[" + address + "]"; // the session token is a secret
  }
}
