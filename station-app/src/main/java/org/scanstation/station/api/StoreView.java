package org.scanstation.station.api;

/**
 * The store's condition for the pages, {@code /health} and the supervisor.
 *
 * @param state {@code OK}, {@code LOW_SPACE} (scans still recorded; free space below the warning
 *     threshold) or {@code UNAVAILABLE} (nothing can be recorded: scans are refused)
 * @param message what is wrong and what to do, for people; null when OK
 * @param freeBytes usable space on the store's file system, or -1 when not known
 * @param path the store's directory
 * @param since when the store entered this state (ISO-8601)
 */
public record StoreView(String state, String message, long freeBytes, String path, String since) {}
