package io.rollcall.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.Assignment;
import io.rollcall.events.Confidence;
import io.rollcall.events.ConnectionCorrected;
import io.rollcall.events.Flag;
import io.rollcall.events.Identity;
import io.rollcall.events.LinkRole;
import io.rollcall.events.ParticipantAction;
import io.rollcall.events.ParticipantEvent;
import io.rollcall.events.ResolutionMethod;
import io.rollcall.events.ZoomParticipant;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErasureRulesTest {

  private static final Instant T = Instant.parse("2026-09-14T15:00:00Z");
  private static final Identity ERIN =
      new Identity(
          "erin",
          LinkRole.INVITEE,
          "Erin Q",
          "erin@example.edu",
          ResolutionMethod.REGISTRANT,
          Confidence.EXACT);

  @Test
  void theHashIsOfTenantAndRefAndNeverContainsTheRef() {
    String hash = Erasure.refHash("acct-1", "erin");
    assertThat(hash).hasSize(64).doesNotContain("erin");
    assertThat(Erasure.refHash("acct-2", "erin")).isNotEqualTo(hash);
    assertThat(Erasure.refHash("acct-1", "erin")).isEqualTo(hash);
  }

  @Test
  void anAnonymousEventKeepsTheTimesAndNothingOfThePerson() {
    ParticipantEvent event =
        new ParticipantEvent(
            1,
            "e1",
            "d1",
            "9001",
            "I==",
            "meeting.participant_left",
            ParticipantAction.LEFT,
            T,
            "u:1",
            new ZoomParticipant(
                "u:1", "P-1", "Erin Q", "erin@example.edu", "zu-1", "reg-1", "ck-1", "+4912"),
            "Erin Q left the meeting.",
            null,
            null,
            ERIN,
            List.of(Flag.MULTIPLE_DEVICES),
            3,
            "room-1",
            null,
            "acct-1");

    ParticipantEvent anonymous = Erasure.anonymous(event, "er-1");

    assertThat(anonymous.identity()).isEqualTo(Identity.unresolved());
    assertThat(anonymous.occurredAt()).isEqualTo(T);
    assertThat(anonymous.action()).isEqualTo(ParticipantAction.LEFT);
    assertThat(anonymous.revision()).isEqualTo(3);
    assertThat(anonymous.leaveReason()).isNull();
    assertThat(anonymous.tenant()).isEqualTo("acct-1");
    assertThat(anonymous.participant().userName()).isNull();
    assertThat(anonymous.participant().email()).isNull();
    assertThat(anonymous.participant().registrantId()).isNull();
    assertThat(anonymous.participant().customerKey()).isNull();
    assertThat(anonymous.participant().zoomUserId()).isNull();
    assertThat(anonymous.participant().phoneNumber()).isNull();
    assertThat(anonymous.participant().participantUuid()).isEqualTo("erased:er-1");
    assertThat(anonymous.breakoutRoomUuid()).isEqualTo("room-1");
    // Its connection joins the erasure's anonymous chain.
    ConnectionState state = ConnectionState.empty("u:1").with(anonymous);
    assertThat(state.chainKey()).isEqualTo(Erasure.chainKey("er-1"));
    assertThat(Erasure.isErasedChain(state.chainKey())).isTrue();
    assertThat(state.reportedName()).isNull();
    assertThat(state.identity().ref()).isNull();
    assertThat(state.flags()).isEqualTo(Set.of(Flag.MULTIPLE_DEVICES));
  }

  @Test
  void anAnonymousCorrectionResolvesNoOne() {
    ConnectionCorrected correction =
        new ConnectionCorrected(1, "c1", "9001", "I==", "u:1", ERIN, List.of(), 4, "late", T, null);
    assertThat(Erasure.anonymous(correction).identity()).isEqualTo(Identity.unresolved());
    assertThat(Erasure.anonymous(correction).revision()).isEqualTo(4);
  }

  @Test
  void otherPeopleLoseOnlyTheErasedRefsTheyMention() {
    Identity otto =
        new Identity(
                "otto",
                LinkRole.INVITEE,
                "Otto",
                "otto@example.edu",
                ResolutionMethod.NAME,
                Confidence.WEAK)
            .throughLinkOf("erin")
            .assigned(new Assignment("key:x", "Otto's tablet", T, ERIN));
    Identity via =
        new Identity(
            "otto",
            LinkRole.INVITEE,
            "Otto",
            "otto@example.edu",
            ResolutionMethod.NAME,
            Confidence.WEAK,
            "erin");

    Identity kept = Erasure.withoutErasedRefs(via, "erin"::equals);
    assertThat(kept.ref()).isEqualTo("otto");
    assertThat(kept.viaLinkOf()).isNull();
    Identity assigned = Erasure.withoutErasedRefs(otto, "erin"::equals);
    assertThat(assigned.ref()).isEqualTo("otto");
    assertThat(assigned.assignment().evidence()).isEqualTo(Identity.unresolved());
    assertThat(assigned.assignment().reason()).isEqualTo("Otto's tablet");
    assertThat(Erasure.withoutErasedRefs(via, "someone-else"::equals)).isSameAs(via);
  }
}
