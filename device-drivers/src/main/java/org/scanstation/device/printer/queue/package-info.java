/**
 * The exactly-once print queue: {@link org.scanstation.device.printer.queue.PrintQueue} runs one
 * printer's jobs in order on its own worker thread, and each job's {@code JobRun} sends, confirms
 * and, when a send was not acknowledged, asks the printer whether the label arrived before it ever
 * sends again. Works with any {@link org.scanstation.device.printer.LabelPrinter}; listeners hear
 * every {@link org.scanstation.device.printer.queue.JobEvent} and status change.
 */
package org.scanstation.device.printer.queue;
