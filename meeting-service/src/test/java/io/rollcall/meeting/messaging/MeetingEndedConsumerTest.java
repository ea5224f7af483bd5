package io.rollcall.meeting.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.MeetingEnded;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** Which messages of rollcall.participants.v1 the reconciliation takes: meeting_ended only. */
class MeetingEndedConsumerTest {
  private static final Path EXAMPLES =
      Path.of("../events/src/test/resources/examples/rollcall.participants.v1");

  @Test
  void aMeetingEndedIsTakenWithItsMeetingAndInstance() throws Exception {
    Optional<MeetingEnded> ended = MeetingEndedConsumer.ended(example("v1-meeting-ended.json"));
    assertThat(ended).isPresent();
    assertThat(ended.get().meetingId()).isNotBlank();
    assertThat(ended.get().instanceUuid()).isNotBlank();
  }

  @Test
  void everyOtherTypeIsIgnored() throws Exception {
    assertThat(MeetingEndedConsumer.ended(example("v1-participant-event.json"))).isEmpty();
    assertThat(MeetingEndedConsumer.ended(example("v1-meeting-started.json"))).isEmpty();
    assertThat(MeetingEndedConsumer.ended(example("v1-connection-corrected.json"))).isEmpty();
    assertThat(MeetingEndedConsumer.ended(example("v1-instance-reconciled.json"))).isEmpty();
  }

  @Test
  void anUnreadableMessageIsSkippedNotThrown() {
    assertThat(MeetingEndedConsumer.ended(Message.of("{not json".getBytes(StandardCharsets.UTF_8))))
        .isEmpty();
  }

  private static Message<byte[]> example(String name) throws Exception {
    return Message.of(Files.readAllBytes(EXAMPLES.resolve(name)));
  }
}
