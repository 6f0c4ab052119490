package org.scanstation.device.printer;

import java.time.Instant;

/**
 * A print queue as the pages show it: how many jobs wait and the oldest one.
 *
 * @param printerId the printer
 * @param address where it is
 * @param waiting jobs not yet PRINTED or FAILED, the one in progress included
 * @param oldestSince when the oldest of them was submitted, or null
 * @param oldestJobId its id, or null
 * @param oldestState its state, or null
 * @param oldestMessage why it waits, or null
 * @param status the printer's last polled status, or null before the first poll
 */
public record QueueView(
    String printerId,
    String address,
    int waiting,
    Instant oldestSince,
    String oldestJobId,
    JobState oldestState,
    String oldestMessage,
    PrinterStatus status) {}
