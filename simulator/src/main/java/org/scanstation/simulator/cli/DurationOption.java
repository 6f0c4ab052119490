package org.scanstation.simulator.cli;

import java.time.Duration;
import org.scanstation.common.Durations;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration option in the station's one format ({@link Durations}), so the simulator and the
 * station take the same {@code 250ms}, {@code 30s}, {@code 7d} or {@code PT30S}; picocli names the
 * option in front of the message, and a bad value is a usage error (exit 2).
 */
final class DurationOption implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String value) {
    try {
      return Durations.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
