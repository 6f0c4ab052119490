package org.scanstation.simulator.printer;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated printer behaves.
 *
 * @param perLabel how long one label takes to print (a 4x6 label at 5 in/s: about 1.2 s); zero
 *     prints at once
 * @param muteWhenFaulted when true, status queries go unanswered while paper is out, the ribbon is
 *     out or the head is open, as the ZPL guide says Zebras do; when false (the default) they
 *     answer with the fault flags set
 * @param clock the time source for printing progress and timestamps
 * @param language the one command language the printer understands (ZPL by default)
 */
public record PrinterSettings(
    Duration perLabel, boolean muteWhenFaulted, Clock clock, PrinterLanguage language) {
  /** About 1.2 s per label, as a desktop thermal printer does a 4x6 label. */
  public static final Duration DEFAULT_PER_LABEL = Duration.ofMillis(1200);

  /** Validates. */
  public PrinterSettings {
    Objects.requireNonNull(perLabel, "perLabel");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(language, "language");
    if (perLabel.isNegative()) {
      throw new IllegalArgumentException("perLabel must not be negative: " + perLabel);
    }
  }

  /** 1.2 s per label, answers while faulted, the system clock, ZPL. */
  public static PrinterSettings defaults() {
    return new PrinterSettings(DEFAULT_PER_LABEL, false, Clock.systemUTC(), PrinterLanguage.ZPL);
  }

  /** The same with another print speed. */
  public PrinterSettings withPerLabel(Duration d) {
    return new PrinterSettings(d, muteWhenFaulted, clock, language);
  }

  /** The same, muted or not while faulted. */
  public PrinterSettings withMuteWhenFaulted(boolean mute) {
    return new PrinterSettings(perLabel, mute, clock, language);
  }

  /** The same with another clock. */
  public PrinterSettings withClock(Clock c) {
    return new PrinterSettings(perLabel, muteWhenFaulted, c, language);
  }

  /** The same speaking another language. */
  public PrinterSettings withLanguage(PrinterLanguage l) {
    return new PrinterSettings(perLabel, muteWhenFaulted, clock, l);
  }
}
