package io.rollcall.identity.domain;

import static io.rollcall.identity.domain.Fixtures.at;
import static io.rollcall.identity.domain.Fixtures.invitee;
import static io.rollcall.identity.domain.Fixtures.participant;
import static io.rollcall.identity.domain.Fixtures.registry;
import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.ReportParticipant;
import io.rollcall.events.ZoomParticipant;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which connection a report row is ({@link ReportRows}). */
class ReportRowsTest {
  private final InstanceResolution instance =
      new InstanceResolution(registry(invitee("maria", "María", "López", "REG-M")));

  private static ReportParticipant row(ZoomParticipant p, Instant join, Instant leave) {
    return ReportParticipant.of("1", "I-1", "f", p, join, leave, 60, "in_meeting", false, null);
  }

  @Test
  void aRowWithAUserIdIsThatConnection() {
    ZoomParticipant p = new ZoomParticipant("77", null, "Ana", null, null, null, null, null);
    assertThat(ReportRows.connectionId(row(p, at(1), at(2)), instance)).isEqualTo("u:77");
  }

  @Test
  void aRowWithoutUserIdMeetsTheWebhookJoinOfTheSameParticipantWithinTwoSeconds() {
    instance.apply(participant("88", "Ana").uuid("P-9").joined(5));
    ZoomParticipant p = new ZoomParticipant(null, "P-9", "Ana", null, null, null, null, null);

    assertThat(ReportRows.connectionId(row(p, at(5).plusSeconds(1), at(9)), instance))
        .isEqualTo("u:88");
    assertThat(ReportRows.connectionId(row(p, at(5).plusSeconds(3), at(9)), instance))
        .startsWith("r:P-9@");
  }

  @Test
  void aRowOfItsOwnIsKeyedByWhoAndWhenItJoinedNotByItsLeave() {
    ZoomParticipant p = new ZoomParticipant(null, null, "Guest", null, "ZU-4", null, null, null);
    String first = ReportRows.connectionId(row(p, at(1), at(2)), instance);
    String refetched = ReportRows.connectionId(row(p, at(1), at(3)), instance);
    assertThat(first).isEqualTo(refetched).isEqualTo("r:ZU-4@" + at(1).getEpochSecond());
  }
}
