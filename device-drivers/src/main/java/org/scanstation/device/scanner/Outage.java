package org.scanstation.device.scanner;

/**
 * What has been said during the current outage, so each thing is said once: the outage itself (one
 * DISCONNECTED), then only reconnect failures whose reason differs from the one before.
 */
final class Outage {
  private boolean reported;
  private String lastReason;

  boolean reported() {
    return reported;
  }

  /** The device could not be opened at all: the status already carries this reason. */
  void beginWithOpenFailure(String why) {
    reported = true;
    lastReason = why;
  }

  /**
   * The device went away: the status carries why, and the first reconnect failure that follows
   * ("does not exist" after an unplug, "refused" after a server restart) is the expected one, so it
   * only becomes the reason later failures are compared with.
   */
  void beginWithDisconnect() {
    reported = true;
    lastReason = null;
  }

  /** Whether {@code why} is a new reason worth reporting; remembers it. */
  boolean isNewReason(String why) {
    boolean isNew = lastReason != null && !why.equals(lastReason);
    lastReason = why;
    return isNew;
  }

  void end() {
    reported = false;
    lastReason = null;
  }
}
