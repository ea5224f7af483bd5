package io.rollcall.meeting.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rollcall.meeting.domain.IdentitySettings;
import io.rollcall.meeting.domain.ScheduleRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZoomMeetingBodyTest {

  @Test
  void scheduledMeetingRequiresRegistrationWithAutoApprovalAndExplicitSettings() {
    Map<String, Object> body =
        SchedulingService.zoomBody(
            new ScheduleRequest(
                "h@example.com",
                "T",
                "2026-09-14T17:00:00+02:00",
                45,
                "Europe/Paris",
                null,
                new IdentitySettings(null, false, null, true)));

    assertThat(body).containsEntry("type", 2).containsEntry("start_time", "2026-09-14T15:00:00Z");
    @SuppressWarnings("unchecked")
    Map<String, Object> settings = (Map<String, Object>) body.get("settings");
    assertThat(settings)
        .containsEntry("approval_type", 0)
        .containsEntry("meeting_authentication", false)
        .containsEntry("waiting_room", false)
        .containsEntry("join_before_host", false)
        .containsEntry("allow_multiple_devices", true)
        .doesNotContainKey("registration_type");
  }

  @Test
  void recurringMeetingIsTypeEightRegisteringOnceForAllOccurrences() throws Exception {
    var recurrence =
        new ObjectMapper().readTree("{\"type\":2,\"repeat_interval\":1,\"end_times\":4}");
    Map<String, Object> body =
        SchedulingService.zoomBody(
            new ScheduleRequest("h", "T", "2026-09-14T15:00:00Z", 45, null, recurrence, null));
    assertThat(body).containsEntry("type", 8).containsEntry("recurrence", recurrence);
    assertThat(((Map<?, ?>) body.get("settings")).get("registration_type")).isEqualTo(1);
  }

  @Test
  void webinarIsTypeFiveWithAutoApprovalAndNoZoomEmailsNorMeetingOnlySettings() {
    Map<String, Object> body =
        SchedulingService.webinarBody(
            new ScheduleRequest(
                "h@example.com", "W", "2026-09-14T17:00:00Z", 90, "Europe/Paris", null, null));

    assertThat(body).containsEntry("type", 5).containsEntry("start_time", "2026-09-14T17:00:00Z");
    @SuppressWarnings("unchecked")
    Map<String, Object> settings = (Map<String, Object>) body.get("settings");
    assertThat(settings)
        .containsEntry("approval_type", 0)
        .containsEntry("registrants_confirmation_email", false)
        .containsEntry("panelists_invitation_email_notification", false)
        .doesNotContainKeys("waiting_room", "join_before_host", "allow_multiple_devices");
  }

  @Test
  void recurringWebinarIsTypeNine() throws Exception {
    var recurrence = new ObjectMapper().readTree("{\"type\":2,\"repeat_interval\":1}");
    Map<String, Object> body =
        SchedulingService.webinarBody(
            new ScheduleRequest("h", "W", "2026-09-14T15:00:00Z", 45, null, recurrence, null));
    assertThat(body).containsEntry("type", 9);
  }
}
