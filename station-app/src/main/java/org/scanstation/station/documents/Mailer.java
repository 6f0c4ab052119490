package org.scanstation.station.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.scanstation.station.config.Setting;
import org.scanstation.station.config.StationConfig;

/**
 * Who presents the mail ({@code mailer.name}, {@code mailer.address}): the sender a firm sheet
 * names on every sheet and the facility a hand-off manifest is from.
 *
 * @param name the business, empty when not configured
 * @param address its address lines, none when not configured
 */
public record Mailer(String name, List<String> address) {
  /** Copies the lines. */
  public Mailer {
    Objects.requireNonNull(name, "name");
    address = List.copyOf(address);
  }

  /** The mailer the configuration names; address lines are split at {@code |}. */
  public static Mailer of(StationConfig config) {
    List<String> lines =
        Arrays.stream(config.get(Setting.MAILER_ADDRESS).split("\\|"))
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    return new Mailer(config.get(Setting.MAILER_NAME).strip(), lines);
  }

  /** Whether both the name and an address are configured, as a firm sheet needs. */
  public boolean complete() {
    return !name.isEmpty() && !address.isEmpty();
  }
}
