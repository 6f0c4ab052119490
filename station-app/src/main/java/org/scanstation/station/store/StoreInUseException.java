package org.scanstation.station.store;

import java.nio.file.Path;
import org.scanstation.station.StationException;

/** Another station process owns the store. Names the path and, where known, that process. */
public final class StoreInUseException extends StationException {
  private static final long serialVersionUID = 1L;

  private final transient Path path;

  /** The store at {@code path} is held by another process, described by {@code holder}. */
  public StoreInUseException(Path path, String holder) {
    super(
        "store "
            + path
            + " is in use by another station process"
            + (holder.isBlank() ? "" : " (" + holder + ")")
            + "; stop it first, or run this command against it through its local API");
    this.path = path;
  }

  /** The store's directory. */
  public Path path() {
    return path;
  }
}
