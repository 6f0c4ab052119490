package org.scanstation.fleet.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class IncomingTest {
  private static final String ID = "4b0c2f0e-3f6a-4b8e-9d3c-2d4f5a6b7c8d";

  private static ConsumerRecord<String, byte[]> record(String value, Map<String, String> headers) {
    ConsumerRecord<String, byte[]> r =
        new ConsumerRecord<>(
            "scanstation.outbox",
            2,
            17,
            "9400",
            value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    headers.forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
    return r;
  }

  private static String reason(Incoming in) {
    assertThat(in).isInstanceOf(Incoming.Poison.class);
    return ((Incoming.Poison) in).reason();
  }

  @Test
  void aCreateOfTheContractIsAnEvent() {
    Incoming in =
        Incoming.read(
            record(
                "{\"eventId\":\""
                    + ID
                    + "\",\"trackingNumber\":\"9400\",\"slug\":\"usps\",\"extra\":1}",
                Map.of("id", ID, "kind", "CREATE", "station", "st-1")));
    assertThat(in).isInstanceOf(Incoming.Event.class);
    Incoming.Event e = (Incoming.Event) in;
    assertThat(e.create().trackingNumber()).isEqualTo("9400");
    assertThat(e.station()).isEqualTo("st-1");
    assertThat(e.replayedAt()).isNull();
  }

  @Test
  void aDeleteAndACompleteAreActions() {
    Incoming d =
        Incoming.read(
            record(
                "{\"slug\":\"usps\",\"trackingNumber\":\"9400\"}",
                Map.of("id", ID, "kind", "DELETE")));
    Incoming c =
        Incoming.read(
            record(
                "{\"slug\":\"usps\",\"trackingNumber\":\"9400\",\"reason\":\"LOST\"}",
                Map.of("id", ID, "kind", "complete")));
    assertThat(((Incoming.Event) d).action().reason()).isNull();
    assertThat(((Incoming.Event) c).action().reason()).isEqualTo("LOST");
  }

  @Test
  void everyKindOfPoisonIsNamed() {
    assertThat(reason(Incoming.read(record("{}", Map.of("kind", "CREATE")))))
        .contains("no 'id' header");
    assertThat(reason(Incoming.read(record("{}", Map.of("id", "1; drop", "kind", "CREATE")))))
        .contains("not a UUID");
    assertThat(reason(Incoming.read(record("{}", Map.of("id", ID))))).contains("no 'kind' header");
    assertThat(reason(Incoming.read(record(null, Map.of("id", ID, "kind", "CREATE")))))
        .contains("no value");
    assertThat(reason(Incoming.read(record("nope", Map.of("id", ID, "kind", "CREATE")))))
        .contains("not the CREATE JSON");
    assertThat(reason(Incoming.read(record("{}", Map.of("id", ID, "kind", "CREATE")))))
        .contains("no slug");
    assertThat(
            reason(
                Incoming.read(
                    record(
                        "{\"slug\":\"usps\",\"trackingNumber\":\"9\"}",
                        Map.of("id", ID, "kind", "COMPLETE")))))
        .contains("no reason");
    assertThat(reason(Incoming.read(record("{}", Map.of("id", ID, "kind", "MOVE\n\u0000")))))
        .contains("unknown kind 'MOVE??'");
  }

  @Test
  void aReplayedRecordSaysWhen() {
    Incoming in =
        Incoming.read(
            record(
                "{\"trackingNumber\":\"9400\",\"slug\":\"usps\"}",
                Map.of("id", ID, "kind", "CREATE", "replayed-at", "2026-12-01T10:00:00Z")));
    assertThat(((Incoming.Event) in).replayedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    assertThat(
            reason(
                Incoming.read(
                    record("{}", Map.of("id", ID, "kind", "CREATE", "replayed-at", "yesterday")))))
        .contains("not ISO-8601");
  }
}
