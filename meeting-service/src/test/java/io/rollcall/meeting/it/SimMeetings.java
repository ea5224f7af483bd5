package io.rollcall.meeting.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** Plays meeting instances on the simulator through its control API, as Zoom would host them. */
final class SimMeetings {
  private static final SecureRandom RANDOM = new SecureRandom();

  private SimMeetings() {}

  /**
   * Schedules a meeting through meeting-service without a waiting room, so that everyone who joins
   * is in the meeting (and in its report) at once.
   */
  static String scheduleMeeting(String host) {
    return Api.authed()
        .body(
            Map.of(
                "host",
                host,
                "topic",
                "Reconciled seminar",
                "start_time",
                "2026-12-14T15:00:00Z",
                "duration",
                60,
                "timezone",
                "Europe/Paris",
                "settings",
                Map.of("waiting_room", false)))
        .post("/meetings")
        .then()
        .statusCode(201)
        .extract()
        .path("meeting_id");
  }

  /**
   * A fresh instance uuid in Zoom's shape (base64 of 16 bytes; may hold {@code +} and {@code /}).
   */
  static String uuid() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /**
   * A fresh uuid that starts with {@code /} and contains {@code //}: Zoom wants it encoded twice.
   */
  static String slashedUuid() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return "/" + Base64.getEncoder().encodeToString(bytes).replace('/', 'x') + "//Aa==";
  }

  /**
   * Starts instance {@code uuid} of the meeting, lets the host in through the start link, then the
   * invitees through their registrant links ({@code emails}), then {@code guests} signed-out
   * guests, and ends it: 1 + emails + guests connections.
   */
  static void play(String meetingId, String uuid, int guests, String... emails) throws Exception {
    String base = "/sim/meetings/" + meetingId;
    assertThat(Api.simControl("POST", base + "/start", "{\"uuid\":\"" + uuid + "\"}"))
        .isEqualTo(200);
    join(base, "{\"person\":\"host\",\"via\":\"start_url\"}");
    for (int i = 0; i < emails.length; i++) {
      join(
          base,
          "{\"person\":\"inv-"
              + i
              + "\",\"via\":\"registrant_link\",\"registrant_email\":\""
              + emails[i]
              + "\"}");
    }
    for (int i = 0; i < guests; i++) {
      join(base, "{\"person\":\"g" + i + "\",\"via\":\"guest\",\"user_name\":\"Guest " + i + "\"}");
    }
    assertThat(Api.simControl("POST", base + "/end", "{}")).isEqualTo(200);
  }

  private static void join(String base, String body) throws Exception {
    assertThat(Api.simControl("POST", base + "/join", body)).isEqualTo(200);
  }
}
