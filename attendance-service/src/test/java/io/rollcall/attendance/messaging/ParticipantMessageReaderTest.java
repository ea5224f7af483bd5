package io.rollcall.attendance.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.MalformedEventException;
import io.rollcall.events.MeetingKind;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ParticipantMessage;
import io.rollcall.events.ResolutionMethod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ParticipantMessageReaderTest {

  /** The contract's stored examples, read from the events module in this checkout. */
  private static final Path EXAMPLES =
      Path.of("..", "events", "src", "test", "resources", "examples", "rollcall.participants.v1");

  @Test
  void everyStoredContractExampleIsReadable() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> examples = files.filter(f -> f.toString().endsWith(".json")).toList();
      assertThat(examples).isNotEmpty();
      for (Path example : examples) {
        assertThat(ParticipantMessageReader.read(Files.readAllBytes(example)))
            .as(example.toString())
            .isNotNull();
      }
    }
  }

  @Test
  void truncatedJsonIsMalformed() {
    assertThatThrownBy(() -> ParticipantMessageReader.read(bytes("{\"type\":")))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void emptyMessageIsMalformed() {
    assertThatThrownBy(() -> ParticipantMessageReader.read(new byte[0]))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void participantEventWithoutConnectionIsMalformed() {
    String json =
        "{\"type\":\"participant_event\",\"event_id\":\"e\",\"meeting_id\":\"1\","
            + "\"instance_uuid\":\"i\",\"action\":\"joined\",\"occurred_at\":\"2026-09-14T15:00:00Z\"}";
    assertThatThrownBy(() -> ParticipantMessageReader.read(bytes(json)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("connection_id");
  }

  @Test
  void unknownTypeIsMalformed() {
    assertThatThrownBy(
            () ->
                ParticipantMessageReader.read(bytes("{\"type\":\"nonsense\",\"event_id\":\"e\"}")))
        .isInstanceOf(MalformedEventException.class);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theStoredWebinarExamplesSayTheirInstanceIsAWebinarsAndMeetingsSayNothing()
      throws IOException {
    assertThat(kindOf("v1-webinar-started.json")).isEqualTo(MeetingKind.WEBINAR);
    assertThat(kindOf("v1-participant-event-webinar-panelist.json")).isEqualTo(MeetingKind.WEBINAR);
    assertThat(kindOf("v1-meeting-started.json")).isNull();
    assertThat(kindOf("v1-participant-event.json")).isNull();
    assertThat(kindOf("v1-connection-corrected.json")).isNull();
  }

  @Test
  void theReconciliationExamplesCarryWhatTheProjectionNeeds() throws IOException {
    ParticipantMessage reported = example("v1-participant-event-from-report.json");
    assertThat(((ParticipantEvent) reported).fromReport()).isTrue();
    ParticipantMessage reconciled = example("v1-instance-reconciled.json");
    assertThat(ParticipantMessageReader.occurredAt(reconciled))
        .isEqualTo(Instant.parse("2026-09-14T16:10:03Z"));
    ConnectionCorrected manual =
        (ConnectionCorrected) example("v1-connection-corrected-manual.json");
    assertThat(manual.identity().method()).isEqualTo(ResolutionMethod.MANUAL);
    assertThat(manual.identity().assignment().assignedBy()).isEqualTo("key:3f9a1c27b0de");
  }

  @Test
  void instanceReconciledWithoutItsTimeIsMalformed() {
    String json =
        "{\"type\":\"instance_reconciled\",\"event_id\":\"reconciled:f\",\"meeting_id\":\"1\","
            + "\"instance_uuid\":\"i\",\"fetch_id\":\"f\",\"rows_read\":3}";
    assertThatThrownBy(() -> ParticipantMessageReader.read(bytes(json)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("reconciled_at");
  }

  private static ParticipantMessage example(String name) throws IOException {
    return ParticipantMessageReader.read(Files.readAllBytes(EXAMPLES.resolve(name)));
  }

  private static MeetingKind kindOf(String example) throws IOException {
    return ParticipantMessageReader.kind(
        ParticipantMessageReader.read(Files.readAllBytes(EXAMPLES.resolve(example))));
  }
}
