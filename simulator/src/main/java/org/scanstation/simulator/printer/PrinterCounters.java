package org.scanstation.simulator.printer;

/**
 * What the printer has seen so far.
 *
 * @param connections connections accepted (TCP) or pty sessions begun (serial)
 * @param formatsReceived complete formats received, whatever became of them
 * @param formatsPrinted formats whose every label printed
 * @param labelsPrinted labels printed
 * @param formatsDiscarded formats thrown away because the buffer was full
 * @param formatsCancelled formats cancelled by {@code ~JA}
 * @param formatsDropped formats cut off by a dropped connection
 * @param queriesAnswered status queries answered
 * @param queriesUnanswered status queries left unanswered (silent, or muted while faulted)
 * @param linesRefused lines the printer did not understand (not its language, bad parameters)
 */
public record PrinterCounters(
    long connections,
    long formatsReceived,
    long formatsPrinted,
    long labelsPrinted,
    long formatsDiscarded,
    long formatsCancelled,
    long formatsDropped,
    long queriesAnswered,
    long queriesUnanswered,
    long linesRefused) {}
