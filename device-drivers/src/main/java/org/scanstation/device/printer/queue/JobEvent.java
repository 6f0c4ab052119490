package org.scanstation.device.printer.queue;

import java.time.Instant;

/**
 * A print job changed state (or, while HELD, its reason changed).
 *
 * @param jobId the job's id
 * @param printerId its printer
 * @param state the new state
 * @param attempts how many times its bytes have been sent so far
 * @param mayBeAtPrinter whether its bytes may be at the printer now (a SENDING job, or one HELD in
 *     the printer's buffer or while finding out): such a job must not be sent again blindly
 * @param odometerBefore the print meter read before the latest send, or -1
 * @param confirmation what proved it printed (PRINTED only, else null)
 * @param message for people: the reason, naming the printer and the fix
 * @param at when
 */
public record JobEvent(
    String jobId,
    String printerId,
    JobState state,
    int attempts,
    boolean mayBeAtPrinter,
    long odometerBefore,
    Confirmation confirmation,
    String message,
    Instant at) {}
