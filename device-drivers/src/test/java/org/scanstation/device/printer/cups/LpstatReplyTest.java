package org.scanstation.device.printer.cups;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** lpstat's output in the C locale, as CUPS 2 prints it. */
class LpstatReplyTest {

  @Test
  void anIdleQueueThatAcceptsJobs() {
    LpstatReply r =
        LpstatReply.parse(
            "zebra",
            "printer zebra is idle.  enabled since Mon Jan  5 08:00:00 2026\n"
                + "zebra accepting requests since Mon Jan  5 08:00:00 2026\n");
    assertThat(r).isEqualTo(new LpstatReply(true, true, true, 0, ""));
  }

  @Test
  void aPrintingQueueWithJobsLeft() {
    LpstatReply r =
        LpstatReply.parse(
            "zebra",
            "printer zebra now printing zebra-12.  enabled since Mon Jan  5 08:00:00 2026\n"
                + "zebra accepting requests since Mon Jan  5 08:00:00 2026\n"
                + "zebra-12                root              1024   Mon Jan  5 08:01:00 2026\n"
                + "zebra-13                root              1024   Mon Jan  5 08:01:01 2026\n");
    assertThat(r.enabled()).isTrue();
    assertThat(r.jobs()).isEqualTo(2);
  }

  @Test
  void aDisabledQueueAndItsReason() {
    LpstatReply r =
        LpstatReply.parse(
            "zebra",
            "printer zebra disabled since Mon Jan  5 08:00:00 2026 -\n"
                + "\tPaused\n"
                + "zebra not accepting requests since Mon Jan  5 08:00:00 2026 -\n"
                + "\tRejecting Jobs\n");
    assertThat(r).isEqualTo(new LpstatReply(true, false, false, 0, "Paused; Rejecting Jobs"));
  }

  @Test
  void anotherQueueWithTheSamePrefixIsNotThisOne() {
    LpstatReply r =
        LpstatReply.parse("zebra", "printer zebra-2 is idle.  enabled since Mon Jan  5 2026\n");
    assertThat(r.known()).isFalse();
  }
}
