package io.rollcall.support.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rollcall.support.deadletter.RedriveCommand.Options;
import io.rollcall.support.deadletter.Selection.Origin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class RedriveCommandTest {

  @Test
  void withoutFiltersEveryDeadLetterOfBothTopicsIsSelected() {
    Options options = Options.parse("--bootstrap-servers", "127.0.0.1:9092");
    assertThat(options.deadLetterTopics())
        .containsExactlyElementsOf(RedriveCommand.DEAD_LETTER_TOPICS);
    assertThat(options.selection()).isEqualTo(Selection.all());
    assertThat(options.dryRun()).isFalse();
  }

  @Test
  void filtersSelectByTopicPartitionAndInclusiveOffsetRange() {
    Selection selection =
        Options.parse(
                "--bootstrap-servers", "k:9092",
                "--topic", "zoom.webhooks.raw.v1",
                "--partition", "2",
                "--from-offset", "10",
                "--to-offset", "12")
            .selection();
    assertThat(selection.matches(new Origin("zoom.webhooks.raw.v1", 2, 10))).isTrue();
    assertThat(selection.matches(new Origin("zoom.webhooks.raw.v1", 2, 12))).isTrue();
    assertThat(selection.matches(new Origin("zoom.webhooks.raw.v1", 2, 13))).isFalse();
    assertThat(selection.matches(new Origin("zoom.webhooks.raw.v1", 1, 11))).isFalse();
    assertThat(selection.matches(new Origin("rollcall.links.v1", 2, 11))).isFalse();
  }

  @Test
  void originIsReadFromSmallRyesDeadLetterHeaders() {
    RecordHeaders headers = new RecordHeaders();
    headers.add(Selection.TOPIC_HEADER, bytes("rollcall.participants.v1"));
    headers.add(Selection.PARTITION_HEADER, bytes("1"));
    headers.add(Selection.OFFSET_HEADER, bytes("42"));
    assertThat(Origin.of(headers)).isEqualTo(new Origin("rollcall.participants.v1", 1, 42));
    headers.remove(Selection.OFFSET_HEADER);
    assertThatThrownBy(() -> Origin.of(headers)).hasMessageContaining("dead-letter-offset");
  }

  @Test
  void usageErrorsExitWith2AndSayWhatIsWrong() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(RedriveCommand.run(out, errors, "--partition", "x", "--bootstrap-servers", "k"))
        .isEqualTo(2);
    assertThat(RedriveCommand.run(out, errors, "--topic")).isEqualTo(2);
    assertThat(RedriveCommand.run(out, errors, "--from-offset", "5")).isEqualTo(2);
    assertThat(
            RedriveCommand.run(
                out, errors, "--bootstrap-servers", "k", "--from-offset", "9", "--to-offset", "3"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--partition needs a number, not x")
        .contains("--topic needs a value")
        .contains("--bootstrap-servers is required")
        .contains("--from-offset is after --to-offset");
  }

  @Test
  void anEmptySelectionHasNoBounds() {
    assertThat(Selection.all().partition()).isEqualTo(OptionalInt.empty());
    assertThat(Selection.all().fromOffset()).isEqualTo(OptionalLong.empty());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
