package org.scanstation.station.acceptance;

import java.nio.charset.StandardCharsets;

/** A label maker for tests that need labels but not their layout: tiny, deterministic ZPL. */
public final class FixedLabels implements LabelMaker {
  private final String language;

  public FixedLabels() {
    this("ZPL");
  }

  public FixedLabels(String language) {
    this.language = language;
  }

  @Override
  public LabelArtifact make(LabelRequest r) {
    String zpl = "^XA^FD" + r.trackingNumber().digits() + "^FS^XZ";
    return new LabelArtifact(
        language,
        203,
        zpl.getBytes(StandardCharsets.US_ASCII),
        "{\"tracking\":\"" + r.trackingNumber().digits() + "\"}");
  }
}
