package io.rollcall.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rollcall.events.Confidence;
import io.rollcall.events.LinkRole;
import io.rollcall.events.MeetingKind;
import io.rollcall.events.ResolutionMethod;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebinarRolesTest {
  private static final Instant T0 = Instant.parse("2026-09-14T17:00:00Z");

  private static Attendee attendee(String ref, LinkRole role) {
    return new Attendee(
        ref == null ? "chain:c1" : "ref:" + ref,
        ref,
        role,
        "N",
        null,
        ref == null ? ResolutionMethod.NONE : ResolutionMethod.REGISTRANT,
        ref == null ? Confidence.NONE : Confidence.EXACT,
        60,
        0,
        T0,
        T0.plusSeconds(60),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  private static MeetingInstance instance(MeetingKind kind) {
    return new MeetingInstance("u", "1", "T", T0, null, T0, kind);
  }

  @Test
  void inAWebinarAnUnresolvedPersonIsAnAttendeeAndResolvedOnesKeepTheirRole() {
    List<Attendee> shown =
        WebinarRoles.apply(
            instance(MeetingKind.WEBINAR),
            List.of(
                attendee("ines", LinkRole.PANELIST),
                attendee("host@x", LinkRole.HOST),
                attendee(null, null)));

    assertThat(shown)
        .extracting(Attendee::role)
        .containsExactly(LinkRole.PANELIST, LinkRole.HOST, LinkRole.ATTENDEE);
    assertThat(shown.get(2).ref()).isNull();
    assertThat(shown.get(2).attendedSeconds()).isEqualTo(60);
  }

  @Test
  void inAMeetingAnUnresolvedConnectionKeepsNoRole() {
    List<Attendee> shown =
        WebinarRoles.apply(instance(MeetingKind.MEETING), List.of(attendee(null, null)));

    assertThat(shown.get(0).role()).isNull();
  }

  @Test
  void anInstanceWithoutKindIsAMeeting() {
    assertThat(new MeetingInstance("u", "1", "T", T0, null, T0).webinar()).isFalse();
    assertThat(new MeetingInstance("u", "1", "T", T0, null, T0, null).kind())
        .isEqualTo(MeetingKind.MEETING);
  }
}
