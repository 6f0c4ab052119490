package org.scanstation.station;

/**
 * The station's store cannot write now (disk full, read-only file system, an I/O error, or the free
 * space is below the configured floor). Nothing of the failed operation was recorded; the station
 * refuses work that would need a write until the store can write again, and a running station finds
 * that out by itself.
 */
public final class StoreUnavailableException extends StationException {
  private static final long serialVersionUID = 1L;

  /** The store at {@code store} cannot write, because {@code why}. */
  public StoreUnavailableException(String store, String why, Throwable cause) {
    super("store " + store + " cannot write: " + why, cause);
  }
}
