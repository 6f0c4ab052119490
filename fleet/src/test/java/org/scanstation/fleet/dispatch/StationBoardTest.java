package org.scanstation.fleet.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StationBoardTest {
  private static byte[] json(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aHeartbeatShowsBacklogAndFaultsAndKeepsTheLastEvent() {
    StationBoard b = new StationBoard();
    b.event("st-1", Instant.parse("2026-12-01T10:00:00Z"));
    b.heartbeat(
        "st-1",
        json(
            "{\"stationId\":\"st-1\",\"at\":\"2026-12-01T10:00:05Z\",\"ready\":true,\"outboxPending\":3,"
                + "\"outboxOldestSeconds\":9,\"quarantined\":1,\"printersFaulted\":[\"p1\"],"
                + "\"version\":\"0.1\",\"later\":{\"x\":1}}"));
    StationSeen s = b.all().get(0);
    assertThat(s.outboxPending()).isEqualTo(3);
    assertThat(s.printersFaulted()).containsExactly("p1");
    assertThat(s.lastEventAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    assertThat(s.heartbeatAt()).isEqualTo(Instant.parse("2026-12-01T10:00:05Z"));
  }

  @Test
  void junkOnTheHeartbeatTopicIsIgnoredAndAFloodOfIdsIsCapped() {
    StationBoard b = new StationBoard();
    b.heartbeat("k", json("not json"));
    b.heartbeat("k", null);
    b.heartbeat("x".repeat(101), json("{}"));
    assertThat(b.all()).isEmpty();
    for (int i = 0; i < StationBoard.MAX_STATIONS + 5; i++) {
      b.event("st-" + i, Instant.EPOCH);
    }
    assertThat(b.all()).hasSize(StationBoard.MAX_STATIONS);
  }
}
