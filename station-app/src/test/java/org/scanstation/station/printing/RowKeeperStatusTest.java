package org.scanstation.station.printing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scanstation.device.printer.queue.JobState;
import org.scanstation.station.store.PrintJobStatus;

class RowKeeperStatusTest {

  @Test
  void eachQueueStateIsStoredUnderTheSameName() {
    for (JobState s : JobState.values()) {
      assertThat(RowKeeper.stored(s, false).name()).isEqualTo(s.name());
      assertThat(RowKeeper.stored(s, false).done()).isEqualTo(s.done());
    }
  }

  @Test
  void aHeldJobWhoseBytesMayBeAtThePrinterIsStoredAsSendingSoARestartAsksFirst() {
    assertThat(RowKeeper.stored(JobState.HELD, true)).isEqualTo(PrintJobStatus.SENDING);
    assertThat(RowKeeper.stored(JobState.HELD, false)).isEqualTo(PrintJobStatus.HELD);
  }
}
