package io.rollcall.attendance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rollcall.events.ErasureApplied;
import io.rollcall.events.EventJson;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.PersonErased;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErasureMessageReaderTest {

  @Test
  void readsBothKindsOfMessageAndTombstones() {
    PersonErased erased =
        new PersonErased(
            1, "e1", "er-1", "acct", "erin", List.of("l1"), true, "key:x", Instant.EPOCH);
    ErasureApplied applied =
        ErasureApplied.of("er-1", "acct", "identity-service", Map.of("links", 1), Instant.EPOCH);

    assertThat(ErasureMessageReader.read(EventJson.encode(erased))).isEqualTo(erased);
    assertThat(ErasureMessageReader.read(EventJson.encode(applied))).isEqualTo(applied);
    assertThat(ErasureMessageReader.read(null)).isNull();
  }

  @Test
  void aRequestWithoutRefIsMalformed() {
    byte[] bytes =
        "{\"type\":\"person_erased\",\"schema_version\":1,\"event_id\":\"e\",\"erasure_id\":\"er\"}"
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ErasureMessageReader.read(bytes))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("ref");
  }
}
