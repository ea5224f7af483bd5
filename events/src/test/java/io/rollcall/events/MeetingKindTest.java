package io.rollcall.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MeetingKindTest {

  @Test
  void webinarEventNamesAreWebinarsAndEverythingElseMeetings() {
    assertThat(MeetingKind.ofZoomEvent("webinar.participant_joined"))
        .isEqualTo(MeetingKind.WEBINAR);
    assertThat(MeetingKind.ofZoomEvent("webinar.started")).isEqualTo(MeetingKind.WEBINAR);
    assertThat(MeetingKind.ofZoomEvent("meeting.participant_joined"))
        .isEqualTo(MeetingKind.MEETING);
    assertThat(MeetingKind.ofZoomEvent(null)).isEqualTo(MeetingKind.MEETING);
  }

  @Test
  void aLinkWrittenBeforeWebinarsIsAMeetingsLink() {
    String json =
        "{\"schema_version\":1,\"event_id\":\"e\",\"link_id\":\"l\",\"status\":\"issued\","
            + "\"role\":\"invitee\",\"meeting_id\":\"1\",\"invitee_ref\":\"r\"}";
    LinkEvent link = EventJson.decode(json.getBytes(StandardCharsets.UTF_8), LinkEvent.class);
    assertThat(link.kind()).isNull();
    assertThat(link.meetingKind()).isEqualTo(MeetingKind.MEETING);
  }

  @Test
  void aPanelistLinkKeepsItsRoleAndKind() {
    String json =
        "{\"schema_version\":1,\"event_id\":\"e\",\"link_id\":\"l\",\"status\":\"issued\","
            + "\"role\":\"panelist\",\"meeting_id\":\"1\",\"invitee_ref\":\"r\","
            + "\"kind\":\"webinar\"}";
    LinkEvent link = EventJson.decode(json.getBytes(StandardCharsets.UTF_8), LinkEvent.class);
    assertThat(link.role()).isEqualTo(LinkRole.PANELIST);
    assertThat(link.role().invited()).isTrue();
    assertThat(link.meetingKind()).isEqualTo(MeetingKind.WEBINAR);
    assertThat(new String(EventJson.encode(link), StandardCharsets.UTF_8))
        .contains("\"kind\":\"webinar\"");
  }
}
