package org.scanstation.device.printer.cups;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code lpstat -p QUEUE -a QUEUE -o QUEUE} says about one CUPS queue, in the C locale:
 *
 * <pre>
 * printer zebra is idle.  enabled since Mon 05 Jan 2026 08:00:00 AM UTC
 * printer zebra now printing zebra-12.  enabled since ...
 * printer zebra disabled since Mon 05 Jan 2026 08:00:00 AM UTC -
 * 	Paused
 * zebra accepting requests since Mon 05 Jan 2026 08:00:00 AM UTC
 * zebra not accepting requests since ... -
 * 	Rejecting Jobs
 * zebra-12                root              1024   Mon 05 Jan 2026 08:00:00 AM UTC
 * </pre>
 *
 * This is the spooler's view only: an enabled, idle queue says nothing about paper or the head.
 *
 * @param known whether lpstat described the queue at all
 * @param enabled whether the queue sends jobs to the printer
 * @param accepting whether it takes new jobs
 * @param jobs jobs it still holds (not yet handed to the printer, or being handed)
 * @param reason the reason text after a disabled or rejecting line, or ""
 */
record LpstatReply(boolean known, boolean enabled, boolean accepting, int jobs, String reason) {

  /** Parses lpstat's output for {@code queue}. */
  static LpstatReply parse(String queue, String output) {
    boolean known = false;
    boolean enabled = false;
    boolean accepting = true;
    int jobs = 0;
    List<String> reasons = new ArrayList<>();
    boolean reasonFollows = false;
    for (String line : output.split("\r?\n")) {
      if (line.startsWith("\t") || line.startsWith("        ")) {
        if (reasonFollows && !line.isBlank()) {
          reasons.add(line.strip());
        }
        continue;
      }
      reasonFollows = false;
      if (line.startsWith("printer " + queue + " ")) {
        known = true;
        enabled = !line.contains(" disabled since");
        reasonFollows = !enabled;
      } else if (line.startsWith(queue + " not accepting requests")) {
        accepting = false;
        reasonFollows = true;
      } else if (line.startsWith(queue + " accepting requests")) {
        known = true;
      } else if (line.startsWith(queue + "-") && line.length() > queue.length() + 1) {
        jobs++;
      }
    }
    return new LpstatReply(known, enabled, accepting, jobs, String.join("; ", reasons));
  }
}
