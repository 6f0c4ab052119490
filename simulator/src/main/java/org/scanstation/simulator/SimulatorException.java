package org.scanstation.simulator;

/**
 * The simulator's one unchecked exception. Messages name the thing (a pty path, a port, a fault)
 * and, where there is one, the fix.
 */
public final class SimulatorException extends RuntimeException {
  /** An error with a message for people. */
  public SimulatorException(String message) {
    super(message);
  }

  /** An error caused by another. */
  public SimulatorException(String message, Throwable cause) {
    super(message, cause);
  }
}
