package io.rollcall.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stored example of every schema version still deserializes, and re-encoding loses no field
 * it carried. Add an example here whenever a schema version changes; never delete old ones.
 */
class StoredExamplesTest {

  private static final Map<String, Class<?>> TYPE_BY_TOPIC =
      Map.of(
          Topics.ZOOM_WEBHOOKS_RAW, RawWebhookEnvelope.class,
          Topics.LINKS, LinkEvent.class,
          Topics.PARTICIPANTS, ParticipantMessage.class,
          Topics.ATTENDANCE, AttendanceChange.class,
          Topics.REPORTS, ReportMessage.class,
          Topics.ASSIGNMENTS, AssignmentChanged.class,
          Topics.ERASURES, ErasureMessage.class,
          Topics.CREDENTIALS, ApiKeyChanged.class);

  static Stream<Path> examples() throws IOException, URISyntaxException {
    Path root = Paths.get(StoredExamplesTest.class.getResource("/examples").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertThat(list).isNotEmpty();
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void storedExampleStillDeserializesAndRoundTrips(Path example) throws IOException {
    String topic = example.getParent().getFileName().toString();
    Class<?> type = TYPE_BY_TOPIC.get(topic);
    assertThat(type).as("example folder must be a contract topic: " + topic).isNotNull();

    byte[] bytes = Files.readAllBytes(example);
    Object decoded = EventJson.decode(bytes, type);
    JsonNode original = EventJson.mapper().readTree(bytes);
    JsonNode reencoded = EventJson.mapper().readTree(EventJson.encode(decoded));

    assertContains(reencoded, original, "$");
  }

  /** Every field of the stored example survives decoding (defaults may be added). */
  private static void assertContains(JsonNode actual, JsonNode expected, String path) {
    if (expected.isObject()) {
      expected
          .fieldNames()
          .forEachRemaining(
              name -> {
                assertThat(actual.has(name)).as("field " + path + "." + name + " kept").isTrue();
                assertContains(actual.get(name), expected.get(name), path + "." + name);
              });
    } else {
      assertThat(actual).as(path).isEqualTo(expected);
    }
  }

  @org.junit.jupiter.api.Test
  void everyContractTopicHasAStoredExample() throws IOException, URISyntaxException {
    for (String topic : Topics.contract()) {
      try (InputStream dir = getClass().getResourceAsStream("/examples/" + topic)) {
        assertThat(dir).as("examples for " + topic).isNotNull();
      }
    }
  }
}
