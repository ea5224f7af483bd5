package io.rollcall.simulator.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rollcall.simulator.domain.Quirks;
import java.util.List;
import java.util.Map;

/**
 * A whole meeting described in a file: the meeting, its invitees, the quirks, and a timeline of
 * steps at offsets from the start ("30s", "2m", "1h5m", "PT2M" or plain seconds).
 *
 * @param start the scenario clock's time zero (ISO-8601); absent: the moment play begins
 * @param people invitees by handle; each becomes a registrant of the meeting
 */
public record Scenario(
    String name,
    String description,
    Long seed,
    String start,
    MeetingSpec meeting,
    Quirks quirks,
    Map<String, Invitee> people,
    List<Step> steps) {

  /**
   * The meeting to create (or, when playing against an existing meeting, its settings).
   *
   * @param kind {@code webinar} to create a webinar ({@code POST /users/{userId}/webinars});
   *     absent: a meeting
   * @param accountId the simulated account the meeting is created in; absent: the first account
   */
  public record MeetingSpec(
      String host,
      String topic,
      Integer type,
      Integer duration,
      String timezone,
      String password,
      ObjectNode settings,
      String kind,
      String accountId) {

    public boolean webinar() {
      return "webinar".equalsIgnoreCase(kind);
    }
  }

  /**
   * Someone who is registered for the meeting and so has a personal link.
   *
   * @param role {@code panelist} for a webinar's panelist (added with the panelists API, joins
   *     through the panelist link by default); absent: a registrant
   */
  public record Invitee(String email, String firstName, String lastName, String role) {

    public boolean panelist() {
      return "panelist".equalsIgnoreCase(role);
    }
  }

  /**
   * One happening. {@code action}: join, leave, rejoin, admit, put_in_waiting_room, role, start,
   * end, open_breakout_rooms ({@code rooms}), assign_breakout_rooms ({@code assignments}), move
   * ({@code person}, {@code room}: a room name or {@code main}), close_breakout_rooms, phone
   * ({@code person}, {@code phone_number}: a bound phone leg). The other fields are those of the
   * control API.
   *
   * @param linkOf whose registrant link (or pin) is used; default: the person's own
   * @param usePin for phone joins: identify with the link owner's participant_pin_code
   */
  public record Step(
      String at,
      String action,
      String person,
      String via,
      String linkOf,
      String userName,
      String signedInAs,
      String email,
      String customerKey,
      String phoneNumber,
      Boolean usePin,
      String reason,
      String newRole,
      String uuid,
      String note,
      String room,
      List<String> rooms,
      Map<String, String> assignments) {}
}
