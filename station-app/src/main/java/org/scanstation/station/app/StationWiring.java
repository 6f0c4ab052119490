package org.scanstation.station.app;

import org.scanstation.label.LabelRenderer;
import org.scanstation.label.MailService;
import org.scanstation.station.StationException;
import org.scanstation.station.acceptance.LabelMaker;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;
import org.scanstation.station.labels.StationLabels;

/** Chooses the station's adapters from its configuration: the composition root's helpers. */
final class StationWiring {
  private StationWiring() {}

  /**
   * The label maker {@code label.dpi} and {@code label.default-service} describe.
   *
   * @throws StationException naming the key when a value is not valid
   */
  static LabelMaker labels(StationConfig config) {
    int dpi;
    try {
      dpi = Integer.parseInt(config.get(Setting.LABEL_DPI).strip());
    } catch (NumberFormatException e) {
      dpi = -1;
    }
    if (!LabelRenderer.SUPPORTED_DPI.contains(dpi)) {
      throw new StationException(
          "config label.dpi must be one of "
              + LabelRenderer.SUPPORTED_DPI
              + ", got '"
              + config.get(Setting.LABEL_DPI)
              + "'");
    }
    String service = config.get(Setting.LABEL_DEFAULT_SERVICE).strip();
    return new StationLabels(
        dpi,
        MailService.fromId(service)
            .orElseThrow(
                () ->
                    new StationException(
                        "config label.default-service '"
                            + service
                            + "' is not one of"
                            + " priority-mail, priority-mail-express, ground-advantage")));
  }
}
