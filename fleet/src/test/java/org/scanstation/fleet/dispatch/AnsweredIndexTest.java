package org.scanstation.fleet.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class AnsweredIndexTest {
  private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void anAnsweredEventIsSkippedUnlessItWasReplayedAfterTheAnswer() {
    AnsweredIndex index = new AnsweredIndex();
    index.put("e1", new Answer(Answer.QUARANTINED, null, T));
    assertThat(index.answered("e1", null)).isTrue();
    assertThat(index.answered("e2", null)).isFalse();
    assertThat(index.answered("e1", T.plusSeconds(5))).isFalse(); // replayed after the refusal
    index.put("e1", new Answer(Answer.DELIVERED, "b1", T.plusSeconds(9)));
    assertThat(index.answered("e1", T.plusSeconds(5))).isTrue(); // the replay was answered
  }

  @Test
  void anOlderAnswerReadLateDoesNotReplaceANewerOneAndATombstoneRemoves() {
    AnsweredIndex index = new AnsweredIndex();
    index.put("e1", new Answer(Answer.DELIVERED, "b1", T.plusSeconds(9)));
    index.put("e1", new Answer(Answer.QUARANTINED, null, T));
    assertThat(index.answered("e1", T.plusSeconds(5))).isTrue();
    index.put("e1", null);
    assertThat(index.answered("e1", null)).isFalse();
  }

  @Test
  void aNewOwnerWaitsUntilTheAnswersWrittenBeforeItTookOverAreRead() throws Exception {
    AnsweredIndex index = new AnsweredIndex();
    index.readTo(0, 4);
    assertThat(index.awaitReadTo(Map.of(0, 5L, 1, 0L), Duration.ofMillis(50))).isFalse();
    CompletableFuture<Boolean> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return index.awaitReadTo(Map.of(0, 5L, 1, 0L), Duration.ofSeconds(10));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    index.readTo(0, 5);
    assertThat(waiting.get()).isTrue();
  }

  @Test
  void anAnswerSurvivesItsJsonAndDamageIsNoAnswer() {
    Answer a = new Answer(Answer.DELIVERED, "b1", T);
    assertThat(Answer.fromJson(a.toJson())).isEqualTo(a);
    assertThat(Answer.fromJson("{\"outcome\":\"delivered\"}".getBytes())).isNull();
    assertThat(Answer.fromJson("junk".getBytes())).isNull();
    assertThat(Answer.fromJson(null)).isNull();
  }
}
