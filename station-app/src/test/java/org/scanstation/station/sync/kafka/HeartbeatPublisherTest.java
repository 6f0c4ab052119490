package org.scanstation.station.sync.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scanstation.station.StationException;
import org.scanstation.station.api.DeviceView;
import org.scanstation.station.api.StationStatus;
import org.scanstation.station.store.Outbox;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The heartbeat's record, and a publisher that outlives every failure, saying each once. */
class HeartbeatPublisherTest {
  private static final Instant NOW = Instant.parse("2026-12-01T10:15:30Z");
  private final MockProducer<byte[], byte[]> kafka =
      new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
  private final AtomicBoolean storeDown = new AtomicBoolean();
  private final HeartbeatPublisher publisher =
      new HeartbeatPublisher(
          new StationProducer(kafka, "k1:9092", Duration.ofSeconds(1)),
          "scanstation.heartbeat",
          "dock-3",
          Duration.ofSeconds(10),
          () -> {
            if (storeDown.get()) {
              throw new StationException("store unavailable");
            }
            return beat();
          });
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private final Logger log = (Logger) LoggerFactory.getLogger(HeartbeatPublisher.class);

  private static DeviceView printer(String id, boolean ok) {
    return new DeviceView(
        id, "printer", "tcp://p:9100", ok ? "READY" : "PAPER_OUT", ok, null, 0, null, "ZPL");
  }

  private static Heartbeat beat() {
    StationStatus s =
        new StationStatus(
            "dock-3",
            List.of(),
            List.of(printer("p-1", true), printer("p-2", false)),
            null,
            null,
            null,
            null,
            null);
    return Heartbeat.of(s, true, new Outbox.Stats(4, 1, 9, NOW.minusSeconds(90)), NOW, "0.1.0");
  }

  @BeforeEach
  void capture() {
    lines.start();
    log.addAppender(lines);
  }

  @AfterEach
  void release() {
    log.detachAppender(lines);
    publisher.close();
  }

  @Test
  void theRecordIsKeyedByStationAndCarriesTheContractsMembers() {
    publisher.publish();
    assertThat(kafka.history()).hasSize(1);
    assertThat(new String(kafka.history().get(0).key(), StandardCharsets.UTF_8))
        .isEqualTo("dock-3");
    JsonNode j = JsonMapper.shared().readTree(kafka.history().get(0).value());
    assertThat(j.path("stationId").asString()).isEqualTo("dock-3");
    assertThat(j.path("at").asString()).isEqualTo("2026-12-01T10:15:30Z");
    assertThat(j.path("ready").asBoolean()).isTrue();
    assertThat(j.path("outboxPending").asLong()).isEqualTo(4);
    assertThat(j.path("outboxOldestSeconds").asLong()).isEqualTo(90);
    assertThat(j.path("quarantined").asLong()).isEqualTo(1);
    assertThat(j.path("printersFaulted").toString()).isEqualTo("[\"p-2\"]");
    assertThat(j.path("version").asString()).isEqualTo("0.1.0");
  }

  @Test
  void aStoreThatCannotSayIsNotReadyWithCountsMinusOne() {
    Heartbeat h =
        Heartbeat.of(
            new StationStatus("dock-3", List.of(), List.of(), null, null, null, null, null),
            true,
            null,
            NOW,
            "0.1.0");
    assertThat(h.ready()).isFalse();
    assertThat(List.of(h.outboxPending(), h.outboxOldestSeconds(), h.quarantined()))
        .containsOnly(-1L);
  }

  @Test
  void failuresNeverEscapeAndAreLoggedOnceWhenTheyStartAndOnceWhenTheyEnd() {
    storeDown.set(true);
    for (int i = 0; i < 3; i++) {
      publisher.publish(); // would kill the scheduled beats if it threw
    }
    kafka.sendException = new org.apache.kafka.common.errors.TimeoutException("no broker");
    storeDown.set(false);
    for (int i = 0; i < 3; i++) {
      publisher.publish();
    }
    kafka.sendException = null;
    publisher.publish();
    publisher.publish();
    assertThat(lines.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .hasSize(3)
        .satisfiesExactly(
            m -> assertThat(m).contains("not published", "StationException"),
            m -> assertThat(m).contains("not published", "TimeoutException"),
            m -> assertThat(m).contains("published again"));
    assertThat(kafka.history()).hasSize(2);
  }
}
