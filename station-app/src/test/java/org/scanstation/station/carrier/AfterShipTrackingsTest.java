package org.scanstation.station.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scanstation.station.domain.carrier.CarrierEvent;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class AfterShipTrackingsTest {
  private static final String NUMBER = "9400111899223197428497";

  private static ObjectNode tracking() {
    ObjectNode t = JsonMapper.shared().createObjectNode();
    t.put("tracking_number", NUMBER);
    return t;
  }

  @Test
  void aLongCheckpointListKeepsItsFirstAndLastHundred() {
    ObjectNode t = tracking();
    ArrayNode cps = t.putArray("checkpoints");
    for (int i = 0; i < 1000; i++) {
      ObjectNode c = cps.addObject();
      c.put("checkpoint_time", Instant.parse("2026-01-05T00:00:00Z").plusSeconds(i).toString());
      c.put("message", "m" + i);
    }
    CarrierReading r = AfterShipTrackings.reading(t);
    assertThat(r.events()).hasSize(AfterShipTrackings.MAX_CHECKPOINTS);
    assertThat(r.events().get(0).message()).isEqualTo("m0");
    assertThat(r.events().get(99).message()).isEqualTo("m99");
    assertThat(r.events().get(100).message()).isEqualTo("m900");
    assertThat(r.events().get(199).message()).isEqualTo("m999");
  }

  @Test
  void aTimeWithoutOffsetIsReadAsUtcAndAnUnknownTagAsNone() {
    ObjectNode t = tracking();
    t.put("tag", "SomethingNew");
    ObjectNode c = t.putArray("checkpoints").addObject();
    c.put("checkpoint_time", "2026-01-05T10:15:00");
    c.put("location", "Columbus OH");
    c.put("tag", "Teleported");
    CarrierReading r = AfterShipTrackings.reading(t);
    CarrierEvent e = r.events().get(0);
    assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-01-05T10:15:00Z"));
    assertThat(e.location()).isEqualTo("Columbus OH");
    assertThat(e.tag()).isNull();
    assertThat(r.tag()).isNull();
    assertThat(r.active()).isTrue();
  }

  @Test
  void fieldsOfTheWrongTypeAreErrorsNotGuesses() {
    ObjectNode noNumber = JsonMapper.shared().createObjectNode();
    assertThatThrownBy(() -> AfterShipTrackings.reading(noNumber))
        .hasMessageContaining("tracking_number");
    ObjectNode numericTag = tracking();
    numericTag.put("tag", 3);
    assertThatThrownBy(() -> AfterShipTrackings.reading(numericTag)).hasMessageContaining("tag");
    ObjectNode activeText = tracking();
    activeText.put("active", "yes");
    assertThatThrownBy(() -> AfterShipTrackings.reading(activeText)).hasMessageContaining("active");
    ObjectNode cpsObject = tracking();
    cpsObject.putObject("checkpoints");
    assertThatThrownBy(() -> AfterShipTrackings.reading(cpsObject)).hasMessageContaining("list");
    ObjectNode badTime = tracking();
    badTime.putArray("checkpoints").addObject().put("checkpoint_time", "yesterday");
    assertThatThrownBy(() -> AfterShipTrackings.reading(badTime)).hasMessageContaining("ISO-8601");
  }
}
