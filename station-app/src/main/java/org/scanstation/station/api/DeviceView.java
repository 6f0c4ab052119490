package org.scanstation.station.api;

/**
 * One scanner or printer as the pages show it.
 *
 * @param id the configured id
 * @param kind scanner or printer
 * @param address where it is: a serial path, host:port, USB id or CUPS queue
 * @param state e.g. CONNECTED, DISCONNECTED, READY, HOLDING (a printer that answers but holds jobs,
 *     e.g. after a dropped connection), PAPER_OUT, UNREACHABLE
 * @param ok whether it works
 * @param message the fault in words and what to do, or null
 * @param queued print jobs waiting (printers), else 0
 * @param oldestQueuedAt ISO-8601 time of the oldest waiting job, or null
 * @param language a printer's command language ({@code ZPL}, {@code TSPL}, {@code EPL2}), or null
 */
public record DeviceView(
    String id,
    String kind,
    String address,
    String state,
    boolean ok,
    String message,
    int queued,
    String oldestQueuedAt,
    String language) {}
