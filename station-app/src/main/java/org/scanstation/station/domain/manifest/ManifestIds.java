package org.scanstation.station.domain.manifest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The readable manifest id, {@code <station>-<YYYYMMDD>-<n>} (e.g. {@code station-1-20261201-1}):
 * printable ASCII that Code 128 encodes in its compact sets, at most {@value #MAX} characters (the
 * column's width), unique in a store because {@code n} counts that day's manifests. A station id
 * with other characters keeps only its letters, digits and dashes, and is cut to fit. Pure.
 */
public final class ManifestIds {
  /** The longest id. */
  public static final int MAX = 40;

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private ManifestIds() {}

  /** The id of the {@code ordinal}-th manifest (from 1) of {@code date} at {@code stationId}. */
  public static String of(String stationId, LocalDate date, int ordinal) {
    Objects.requireNonNull(stationId, "stationId");
    Objects.requireNonNull(date, "date");
    if (ordinal < 1) {
      throw new IllegalArgumentException("a manifest's ordinal starts at 1, got " + ordinal);
    }
    String tail = "-" + date.format(DAY) + "-" + ordinal;
    String station = stationId.replaceAll("[^A-Za-z0-9-]", "").toLowerCase(Locale.ROOT);
    if (station.isEmpty()) {
      station = "station";
    }
    int room = MAX - tail.length();
    return (station.length() > room ? station.substring(0, room) : station) + tail;
  }

  /** Whether {@code text} can be a manifest id: 1-40 letters, digits and dashes. */
  public static boolean isWellFormed(String text) {
    return text != null && text.length() <= MAX && text.matches("[A-Za-z0-9-]+");
  }
}
