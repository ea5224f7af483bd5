package io.rollcall.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestValidationTest {

  @Test
  void completeScheduleRequestIsValid() {
    new ScheduleRequest(
            "host@example.com", "Topic", "2026-09-14T15:00:00Z", 60, "Europe/Paris", null, null)
        .validate();
  }

  @Test
  void scheduleRequestNamesEveryProblem() {
    ScheduleRequest bad = new ScheduleRequest(" ", null, "tomorrow", 0, "Mars/Olympus", null, null);
    assertThatThrownBy(bad::validate)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.getMessage())
                  .contains(
                      "host is required",
                      "topic is required",
                      "start_time",
                      "duration",
                      "timezone");
            });
  }

  @Test
  void identitySettingsDefaultToWaitingRoomOnAndOneDevicePerLink() {
    IdentitySettings s =
        IdentitySettings.withDefaults(new IdentitySettings(true, null, null, null));
    assertThat(s).isEqualTo(new IdentitySettings(true, true, false, false));
  }

  @Test
  void inviteesNeedRefAndValidEmail() {
    InviteesRequest bad =
        new InviteesRequest(List.of(new InviteeRequest(null, "not-an-email", "A", "B")), null);
    assertThatThrownBy(bad::validate)
        .hasMessageContaining("invitees[0].ref is required")
        .hasMessageContaining("invitees[0].email is not an email address");
  }

  @Test
  void duplicateRefsOrEmailsInOneRequestAreRefused() {
    InviteesRequest bad =
        new InviteesRequest(
            List.of(
                new InviteeRequest("p1", "a@example.com", "A", null),
                new InviteeRequest("p1", "b@example.com", "B", null),
                new InviteeRequest("p3", "A@example.com", "C", null)),
            null);
    assertThatThrownBy(bad::validate)
        .hasMessageContaining("invitees[1].ref is listed twice")
        .hasMessageContaining("invitees[2].email is listed twice");
  }

  @Test
  void emptyInviteeListIsRefused() {
    assertThatThrownBy(() -> new InviteesRequest(List.of(), null).validate())
        .hasMessageContaining("at least one invitee");
  }

  @Test
  void missingFirstNameFallsBackToEmailLocalPartForZoom() {
    assertThat(new InviteeRequest("r", "maria@example.com", null, null).zoomFirstName())
        .isEqualTo("maria");
  }
}
