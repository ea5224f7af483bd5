package io.rollcall.attendance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rollcall.events.MalformedEventException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LinkEventReaderTest {

  private static final Path EXAMPLES =
      Path.of("..", "events", "src", "test", "resources", "examples", "rollcall.links.v1");

  @Test
  void everyStoredLinkExampleIsReadable() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> examples = files.filter(f -> f.toString().endsWith(".json")).toList();
      assertThat(examples).isNotEmpty();
      for (Path example : examples) {
        assertThat(LinkEventReader.read(Files.readAllBytes(example)))
            .as(example.toString())
            .isNotNull();
      }
    }
  }

  @Test
  void aTombstoneOfTheCompactedTopicIsNothingToRegister() {
    assertThat(LinkEventReader.read(null)).isNull();
  }

  @Test
  void aLinkWithoutItsRefIsMalformed() {
    String json =
        "{\"event_id\":\"e\",\"link_id\":\"l\",\"status\":\"issued\",\"role\":\"invitee\","
            + "\"meeting_id\":\"1\"}";
    assertThatThrownBy(() -> LinkEventReader.read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("invitee_ref");
  }
}
