package org.scanstation.station.acceptance;

import java.util.Objects;
import org.scanstation.station.domain.acceptance.HashChain;

/**
 * A rendered label as stored: the exact printer bytes, and the model they were rendered from so
 * that previews (PNG, PDF) can be rendered again on demand.
 *
 * @param language printer language, e.g. {@code ZPL}
 * @param dpi printer resolution the bytes are for
 * @param bytes the exact bytes sent to the printer
 * @param modelJson the label model as JSON
 */
public record LabelArtifact(String language, int dpi, byte[] bytes, String modelJson) {

  /** Requires every part. */
  public LabelArtifact {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(modelJson, "modelJson");
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public String sha256() {
    return HashChain.sha256(bytes);
  }
}
