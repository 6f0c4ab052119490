package org.scanstation.station.sync.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.scanstation.station.store.Outbox;
import org.scanstation.station.sync.BackendReply;
import org.scanstation.station.sync.SyncOutcome;

/**
 * The sink's record and its reading of the producer's answers, on Kafka's own fake producer: an
 * entry is delivered only when its send completed, and every failure has its outcome.
 */
class KafkaSinkTest {
  private static final Outbox.Entry DELETE =
      new Outbox.Entry(
          "7c1d9a8e-0000-4000-8000-000000000002",
          Outbox.Kind.DELETE,
          "7c1d9a8e-0000-4000-8000-000000000001",
          "9400111899000000001015",
          "{\"slug\":\"usps\",\"trackingNumber\":\"9400111899000000001015\"}",
          0,
          null,
          "ab".repeat(32));

  private final MockProducer<byte[], byte[]> kafka =
      new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
  private final KafkaSink sink =
      new KafkaSink(
          new StationProducer(kafka, "k1:9092", Duration.ofMillis(50)),
          "scanstation.outbox",
          "dock-3");

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private CompletableFuture<BackendReply> sendInBackground() {
    CompletableFuture<BackendReply> reply = CompletableFuture.supplyAsync(() -> sink.send(DELETE));
    await().atMost(Duration.ofSeconds(5)).until(() -> kafka.history().size() == 1);
    return reply;
  }

  @Test
  void theRecordIsKeyedByTrackingNumberWithTheContractsHeadersAndTheStoredPayload() {
    ProducerRecord<byte[], byte[]> r = sink.record(DELETE);
    assertThat(r.topic()).isEqualTo("scanstation.outbox");
    assertThat(text(r.key())).isEqualTo("9400111899000000001015");
    assertThat(text(r.value())).isEqualTo(DELETE.payload());
    Map<String, String> headers = new HashMap<>();
    for (Header h : r.headers()) {
      headers.put(h.key(), text(h.value()));
    }
    assertThat(headers)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "id",
                DELETE.entryId(),
                "kind",
                "DELETE",
                "station",
                "dock-3",
                "chain-hash",
                "ab".repeat(32)));
  }

  @Test
  void anAcknowledgedSendIsDelivered() throws Exception {
    CompletableFuture<BackendReply> reply = sendInBackground();
    kafka.completeNext();
    assertThat(reply.get().outcome()).isEqualTo(new SyncOutcome.Delivered(null));
  }

  @Test
  void aSendTheBrokerFailedIsRetried() throws Exception {
    CompletableFuture<BackendReply> reply = sendInBackground();
    kafka.errorNext(new NetworkException("broker went away"));
    assertThat(reply.get().outcome())
        .isInstanceOfSatisfying(
            SyncOutcome.Retry.class, r -> assertThat(r.reason()).contains("broker went away"));
  }

  @Test
  void aSendNobodyAcknowledgesIsRetriedWhenItsWaitIsOver() throws Exception {
    CompletableFuture<BackendReply> reply = sendInBackground();
    assertThat(reply.get().outcome())
        .isInstanceOfSatisfying(
            SyncOutcome.Retry.class,
            r -> assertThat(r.reason()).contains("no acknowledgement within 1050 ms"));
  }

  @Test
  void aRefusedLoginOrTopicPausesTheSync() {
    kafka.sendException = new SaslAuthenticationException("bad password");
    assertThat(sink.send(DELETE).outcome()).isInstanceOf(SyncOutcome.Pause.class);
    kafka.sendException = new TopicAuthorizationException("no write ACL");
    assertThat(sink.send(DELETE).outcome())
        .isInstanceOfSatisfying(
            SyncOutcome.Pause.class,
            p -> assertThat(p.reason()).contains("ACLs for scanstation.outbox"));
  }

  @Test
  void aRecordTheBrokerWillNeverTakeIsQuarantined() {
    kafka.sendException = new RecordTooLargeException("too large");
    assertThat(sink.send(DELETE).outcome()).isInstanceOf(SyncOutcome.Quarantine.class);
  }

  @Test
  void aClosedProducerIsARetryNotACrash() {
    sink.close();
    assertThat(sink.send(DELETE).outcome()).isInstanceOf(SyncOutcome.Retry.class);
  }
}
