package org.scanstation.station.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.scanstation.station.StationException;

class PrintJobStatusTest {

  @Test
  void theStoredTextIsExactlyTheNamesThatStoresAlreadyHold() {
    // Stores written before the enum hold these words; renaming one would strand their jobs.
    assertThat(Arrays.stream(PrintJobStatus.values()).map(Enum::name))
        .containsExactly("QUEUED", "HELD", "SENDING", "PRINTED", "FAILED", "CANCELLED");
    assertThat(Arrays.stream(PrintJobKind.values()).map(Enum::name))
        .containsExactly("FIRST", "REPRINT");
  }

  @Test
  void everyStatusAndKindRoundTripsThroughItsStoredText() {
    for (PrintJobStatus s : PrintJobStatus.values()) {
      assertThat(PrintJobStatus.fromDb(s.name())).isSameAs(s);
    }
    for (PrintJobKind k : PrintJobKind.values()) {
      assertThat(PrintJobKind.fromDb(k.name())).isSameAs(k);
    }
  }

  @Test
  void onlyPrintedFailedAndCancelledAreDone() {
    assertThat(Arrays.stream(PrintJobStatus.values()).filter(PrintJobStatus::done))
        .containsExactlyInAnyOrder(
            PrintJobStatus.PRINTED, PrintJobStatus.FAILED, PrintJobStatus.CANCELLED);
    assertThat(PrintJobStatus.UNFINISHED)
        .containsExactlyInAnyOrder(
            PrintJobStatus.QUEUED, PrintJobStatus.HELD, PrintJobStatus.SENDING);
  }

  @Test
  void theSqlListOfUnfinishedStatusesNamesEachOfThem() {
    assertThat(PrintJobStatus.unfinishedSql()).isEqualTo("('QUEUED', 'HELD', 'SENDING')");
  }

  @Test
  void aStoredWordThatIsNoStatusIsAnErrorNamingIt() {
    assertThatThrownBy(() -> PrintJobStatus.fromDb("queued"))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("'queued'")
        .hasMessageContaining("station verify");
    assertThatThrownBy(() -> PrintJobKind.fromDb(null))
        .isInstanceOf(StationException.class)
        .hasMessageContaining("'null'");
  }
}
